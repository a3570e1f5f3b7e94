using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using Ledger.Projections;
using NodaTime;

namespace Ledger.Generating;

/// <summary>
/// The generator: the commands of one unit-year, from the seed, the unit's number and the year alone. Murni, then
/// in 2020 and 2021 a Covid-19 refocusing, a pergeseran (always in 2020, every other year or so after), the
/// perubahan, and the four triwulan reports. Recorded instants come from the seed and the legal calendar, never from
/// a clock, and the actor is <see cref="Actor"/>, so the same arguments always give the same commands and, decided
/// in order on an empty stream, the same events byte for byte. Pure and thread-safe.
/// </summary>
public static class SyntheticBudget
{
    public const string Actor = "ledger gen";

    public static UnitYearScript Script(ulong seed, int unitIndex, int year)
    {
        var unit = UnitProfile.For(seed, unitIndex);
        var calendar = new StageCalendar(seed, year);
        var random = SplitMix64.For(seed, GenKeys.UnitYear, unitIndex, year);
        var murni = MurniSheet.For(unit, UnitPlan.For(seed, unit), random);
        var stages = new List<(StageStamp Stamp, IReadOnlyList<PlannedLine> Sheet)> { (calendar.Murni, murni) };
        // Codes used earlier in the year are not given to new lines: a new line is never a removed one reopened.
        var used = new HashSet<Kode>(murni.Select(l => l.Kode));
        if (calendar.Refocusing is { } refocusing)
            stages.Add((refocusing, Track(RefocusingSheet.For(stages[^1].Sheet, year, unit, used, random), used)));
        if (year == 2020 || random.Chance(50))
            stages.Add((calendar.Pergeseran, PergeseranSheet.For(stages[^1].Sheet, random)));
        stages.Add((calendar.Perubahan, Track(PerubahanSheet.For(stages[^1].Sheet, year, unit, used, random), used)));

        var commands = new List<(Instant Recorded, BudgetCommand Command)>();
        foreach (var (stamp, sheet) in stages)
        {
            var day = stamp.Stage == Stage.Murni ? new LocalDate(year, 1, 2).PlusDays(random.Between(0, 8)) : stamp.Effective.PlusDays(random.Between(0, 2));
            var context = new CommandContext(unit.Name, year, stamp.Stage, stamp.Effective, Recorded(day, random), Actor, stamp.Basis, stamp.Reason);
            commands.Add((context.RecordedAt, new ImportBudget(context, $"{unit.Slug}-{year}-{stamp.Stage.Name()}.csv", sheet, HasIndicators: true)));
        }
        var reports = RealisasiSheets.For(year, [.. stages.Select(s => (s.Stamp.Effective, s.Sheet))], random);
        for (var q = 1; q <= 4; q++)
        {
            var end = Triwulan.End(year, q);
            var context = new CommandContext(unit.Name, year, Stage.Murni, end, Recorded(end.PlusDays(random.Between(5, 12)), random), Actor);
            commands.Add((context.RecordedAt, new ImportRealisasi(context, $"{unit.Slug}-{year}-realisasi-tw{q}.csv", reports[q - 1], Correction: false)));
        }
        return new UnitYearScript(unit, year, [.. commands.OrderBy(c => c.Recorded).Select(c => c.Command)]);
    }

    /// <summary>During office hours in Makassar (WITA, UTC+8): 00:00–07:59 UTC.</summary>
    private static Instant Recorded(LocalDate day, SplitMix64 random) =>
        day.AtMidnight().PlusMinutes(random.Between(0, 479)).InUtc().ToInstant();

    private static IReadOnlyList<PlannedLine> Track(IReadOnlyList<PlannedLine> sheet, HashSet<Kode> used)
    {
        used.UnionWith(sheet.Select(l => l.Kode));
        return sheet;
    }
}
