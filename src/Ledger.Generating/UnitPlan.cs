using System.Globalization;
using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// The lines a unit may budget, the same every year: the penunjang program with some of its kegiatan, then the
/// unit's technical programs with generated kegiatan and sub kegiatan. Each year's murni takes most of them
/// (<see cref="MurniSheet"/>). Codes follow Permendagri 90/2019: <c>7.01.02</c>, <c>7.01.02.2.01</c>, <c>7.01.02.2.01.0001</c>.
/// </summary>
public static class UnitPlan
{
    /// <summary>A line of the plan; <paramref name="Indicators"/> pair each indicator's full name with its template.</summary>
    public sealed record Line(Kode Kode, Level Level, Kode? Parent, string Uraian, IReadOnlyList<(string Name, IndicatorTemplate Template)> Indicators)
    {
        public bool IsGaji => Uraian == PenunjangCatalogue.GajiUraian;

        public bool IsPenunjang { get; init; }
    }

    public static IReadOnlyList<Line> For(ulong seed, UnitProfile unit)
    {
        var random = SplitMix64.For(seed, GenKeys.Unit, unit.Index, 1);
        var lines = new List<Line>();
        Penunjang(unit, random, lines);
        var size = unit.Kind.Size;
        var programs = unit.Kind.Programs;
        var chosen = random.Sample(random.Between(size.Programs.Min, Math.Min(size.Programs.Max, programs.Count)), programs.Count);
        foreach (var index in chosen)
            Technical(unit, programs[index], random, lines);
        return lines;
    }

    private static void Penunjang(UnitProfile unit, SplitMix64 random, List<Line> lines)
    {
        var program = Code(unit.Kind.Bidang, 1, 2);
        var indicator = ActivityWords.ProgramIndicators[0];
        lines.Add(new Line(program, Level.Program, null, PenunjangCatalogue.ProgramUraian,
            [(indicator.NameFor("Program Penunjang Urusan Pemerintahan"), indicator)])
        { IsPenunjang = true });
        var catalogue = PenunjangCatalogue.Kegiatan;
        var count = random.Between(unit.Kind.Size.PenunjangKegiatan.Min, unit.Kind.Size.PenunjangKegiatan.Max);
        // Planning (2.01), finance with the salaries (2.02) and general administration (2.06) are in every unit's budget.
        var picked = new SortedSet<int> { 0, 1, 4 };
        while (picked.Count < Math.Min(count, catalogue.Count))
            picked.Add((int)random.Below(catalogue.Count));
        foreach (var k in picked)
        {
            var kegiatan = Code(program.Value + ".2", catalogue[k].Number, 2);
            lines.Add(new Line(kegiatan, Level.Kegiatan, program, catalogue[k].Uraian, []) { IsPenunjang = true });
            var subs = catalogue[k].Subs;
            for (var s = 0; s < subs.Count; s++)
            {
                var sub = subs[s];
                // The first two always: every kegiatan that can have two sub kegiatan has them, so a pergeseran can move money within it.
                if (s >= 2 && !random.Chance(75))
                    continue;
                lines.Add(new Line(Code(kegiatan.Value, sub.Number, 4), Level.SubKegiatan, kegiatan, sub.Uraian,
                    [(sub.Indicator.Name, sub.Indicator)])
                { IsPenunjang = true });
            }
        }
    }

    private static void Technical(UnitProfile unit, ProgramName name, SplitMix64 random, List<Line> lines)
    {
        var size = unit.Kind.Size;
        var program = Code(unit.Kind.Bidang, name.Number, 2);
        var template = random.Pick(ActivityWords.ProgramIndicators);
        lines.Add(new Line(program, Level.Program, null, name.Name, [(template.NameFor(name.Name), template)]));
        var kegiatanCount = random.Between(size.KegiatanPerProgram.Min, size.KegiatanPerProgram.Max);
        for (var k = 1; k <= kegiatanCount; k++)
        {
            var subject = random.Pick(unit.Kind.Objects);
            var kegiatan = Code(program.Value + ".2", k, 2);
            lines.Add(new Line(kegiatan, Level.Kegiatan, program, $"{random.Pick(ActivityWords.KegiatanVerbs)} {subject}", []));
            var subCount = random.Between(size.SubPerKegiatan.Min, size.SubPerKegiatan.Max);
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var s = 1; s <= subCount; s++)
            {
                var sub = Sub(Code(kegiatan.Value, s, 4), kegiatan, random.Chance(70) ? subject : random.Pick(unit.Kind.Objects), random, names);
                names.Add(sub.Uraian);
                lines.Add(sub);
            }
        }
    }

    /// <summary>
    /// A technical sub kegiatan: an activity on a subject, with its first indicator and sometimes its second; an activity
    /// whose uraian the kegiatan already has (<paramref name="taken"/>) is drawn again, a few times at most.
    /// </summary>
    public static Line Sub(Kode kode, Kode kegiatan, string subject, SplitMix64 random, IReadOnlySet<string> taken)
    {
        var activity = random.Pick(ActivityWords.Activities);
        for (var attempt = 0; attempt < 8 && taken.Contains($"{activity.Verb} {subject}"); attempt++)
            activity = random.Pick(ActivityWords.Activities);
        var count = activity.Indicators.Count > 1 && random.Chance(35) ? 2 : 1;
        var indicators = activity.Indicators.Take(count).Select(t => (t.NameFor(subject), t)).ToList();
        return new Line(kode, Level.SubKegiatan, kegiatan, $"{activity.Verb} {subject}", indicators);
    }

    public static Kode Code(string parent, int number, int digits) =>
        Kode.Parse(parent + "." + number.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
}
