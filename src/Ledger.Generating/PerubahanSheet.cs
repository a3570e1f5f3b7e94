using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// The APBD-P / Renja-P: pagu revised on about 45% of sub kegiatan (mostly down in 2020, either way later), one or
/// two sub kegiatan removed, one to four new ones (sometimes under a new kegiatan), and about a quarter of the
/// targets revised, as the seeds' Renja-P tables show.
/// </summary>
public static class PerubahanSheet
{
    public static IReadOnlyList<PlannedLine> For(
        IReadOnlyList<PlannedLine> sheet, int year, UnitProfile unit, ISet<Kode> used, SplitMix64 random)
    {
        var removed = new HashSet<Kode>();
        var withSpare = SheetLines.Kegiatan(sheet).Where(k => k.Subs.Count(s => !SheetLines.IsGaji(s)) >= 2).ToList();
        foreach (var index in random.Sample(random.Between(1, 2), withSpare.Count))
            removed.Add(random.Pick(withSpare[index].Subs.Where(s => !SheetLines.IsGaji(s)).ToList()).Kode);

        var changed = new Dictionary<Kode, PlannedLine>();
        var (low, high) = year == 2020 ? (600, 1100) : (850, 1250);
        foreach (var line in sheet.Where(l => !removed.Contains(l.Kode)))
        {
            var revised = line;
            if (SheetLines.IsLeaf(line) && random.Chance(45))
                revised = revised with { Pagu = Amounts.Scale(line.Pagu, random.Between(low, high)) };
            if (line.Indicators.Count > 0 && random.Chance(25))
                revised = revised with { Indicators = [.. line.Indicators.Select(i => i with { Target = LineDraw.Revise(i.Target!.Value, random.Between(800, 1300)) })] };
            if (revised != line)
                changed[line.Kode] = revised;
        }
        return SheetLines.Edit(sheet, changed, removed, Added(sheet, unit, used, random));
    }

    private static List<PlannedLine> Added(IReadOnlyList<PlannedLine> sheet, UnitProfile unit, ISet<Kode> used, SplitMix64 random)
    {
        var added = new List<PlannedLine>();
        var technical = SheetLines.Kegiatan(sheet).Where(k => !SheetLines.IsPenunjang(k.Kegiatan)).Select(k => k.Kegiatan).ToList();
        var programs = sheet.Where(l => l.Level == Level.Program && !SheetLines.IsPenunjang(l)).ToList();
        if (technical.Count == 0)
            return added;
        var count = random.Between(1, 4);
        for (var i = 0; i < count; i++)
        {
            var kegiatan = random.Pick(technical);
            added.Add(NewSub(sheet, added, kegiatan.Kode, unit, used, random));
        }
        if (programs.Count > 0 && random.Chance(25))
        {
            var program = random.Pick(programs);
            var subject = random.Pick(unit.Kind.Objects);
            var kode = SheetLines.NextChild(sheet, program.Kode, used, kegiatan: true);
            used.Add(kode);
            added.Add(new PlannedLine(kode, Level.Kegiatan, program.Kode, $"{random.Pick(ActivityWords.KegiatanVerbs)} {subject}",
                LineAttributes.None, Money.Zero, []));
            for (var s = random.Between(1, 3); s > 0; s--)
                added.Add(NewSub(sheet, added, kode, unit, used, random));
        }
        return added;
    }

    private static PlannedLine NewSub(
        IReadOnlyList<PlannedLine> sheet, List<PlannedLine> added, Kode kegiatan, UnitProfile unit, ISet<Kode> used, SplitMix64 random)
    {
        IReadOnlyList<PlannedLine> lines = [.. sheet, .. added];
        var kode = SheetLines.NextChild(lines, kegiatan, used, kegiatan: false);
        used.Add(kode);
        var taken = lines.Where(l => l.Parent == kegiatan).Select(l => l.Uraian).ToHashSet(StringComparer.Ordinal);
        return LineDraw.Sheet(UnitPlan.Sub(kode, kegiatan, random.Pick(unit.Kind.Objects), random, taken), unit, random);
    }
}
