using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// A Covid-19 refocusing (2020 and 2021): cuts of 10–50% on many sub kegiatan, sometimes whole technical kegiatan
/// deleted (as seed 000's Renja-P shows), and often a new Covid-19 line funded from part of the cuts. Salaries are
/// never cut. The total always falls.
/// </summary>
public static class RefocusingSheet
{
    public static IReadOnlyList<PlannedLine> For(
        IReadOnlyList<PlannedLine> sheet, int year, UnitProfile unit, ISet<Kode> used, SplitMix64 random)
    {
        var removed = new HashSet<Kode>();
        var technical = SheetLines.Kegiatan(sheet).Where(k => !SheetLines.IsPenunjang(k.Kegiatan)).ToList();
        var deletions = year == 2020 ? (random.Chance(60) ? random.Between(1, 2) : 0) : (random.Chance(30) ? 1 : 0);
        for (var i = 0; i < deletions; i++)
        {
            // A kegiatan goes whole only where its program keeps another, so no program is left empty.
            var candidates = technical
                .Where(k => !removed.Contains(k.Kegiatan.Kode)
                    && technical.Count(o => o.Kegiatan.Parent == k.Kegiatan.Parent && !removed.Contains(o.Kegiatan.Kode)) >= 2)
                .ToList();
            if (candidates.Count == 0)
                break;
            var (kegiatan, subs) = random.Pick(candidates);
            removed.Add(kegiatan.Kode);
            removed.UnionWith(subs.Select(s => s.Kode));
        }

        var changed = new Dictionary<Kode, PlannedLine>();
        var cutChance = year == 2020 ? 50 : 35;
        var cuttable = sheet.Where(l => SheetLines.IsLeaf(l) && !removed.Contains(l.Kode) && !SheetLines.IsGaji(l)).ToList();
        foreach (var line in cuttable)
        {
            if (random.Chance(cutChance))
                changed[line.Kode] = line with { Pagu = Amounts.Scale(line.Pagu, random.Between(500, 900)) };
        }
        // Every refocusing cuts something: the largest line, when chance spared them all.
        if (changed.Count == 0 && removed.Count == 0 && cuttable.MaxBy(l => l.Pagu) is { } largest)
            changed[largest.Kode] = largest with { Pagu = Amounts.Scale(largest.Pagu, random.Between(500, 900)) };
        var cut = SheetLines.Total(sheet) - SheetLines.Total(SheetLines.Edit(sheet, changed, removed, []));

        var added = new List<PlannedLine>();
        var open = technical.Where(k => !removed.Contains(k.Kegiatan.Kode)).Select(k => k.Kegiatan).ToList();
        if (open.Count > 0 && cut.Rupiah >= 2_000_000 && random.Chance(year == 2020 ? 70 : 40))
        {
            var parent = random.Pick(open);
            var (uraian, indicator) = random.Pick(ActivityWords.Covid);
            var kode = SheetLines.NextChild(sheet, parent.Kode, used, kegiatan: false);
            var line = new UnitPlan.Line(kode, Level.SubKegiatan, parent.Kode, uraian, [(indicator.Name, indicator)]);
            // Part of what was cut goes to the new line, never all of it: a refocusing lowers the total.
            var pagu = Amounts.Between(random, Math.Min(25_000_000, cut.Rupiah / 4), Math.Min(400_000_000, cut.Rupiah / 2));
            added.Add(LineDraw.Sheet(line, unit, random) with { Pagu = pagu });
        }
        return SheetLines.Edit(sheet, changed, removed, added);
    }
}
