using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// The murni (penetapan) sheet of a unit-year: most of the unit's planned sub kegiatan (each kept with 9 chances in
/// 10, the salaries always, at least two per kegiatan where it has two) with this year's pagu and targets; every
/// program and kegiatan above them, with no pagu of its own.
/// </summary>
public static class MurniSheet
{
    public static IReadOnlyList<PlannedLine> For(UnitProfile unit, IReadOnlyList<UnitPlan.Line> plan, SplitMix64 random)
    {
        var sheet = new List<PlannedLine>(plan.Count);
        var kept = new List<PlannedLine>();
        for (var i = 0; i < plan.Count; i++)
        {
            var line = plan[i];
            if (line.Level != Level.Kegiatan)
            {
                if (line.Level == Level.Program)
                    sheet.Add(LineDraw.Sheet(line, unit, random));
                continue;
            }
            kept.Clear();
            var subs = plan.Skip(i + 1).TakeWhile(l => l.Level == Level.SubKegiatan).ToList();
            for (var s = 0; s < subs.Count; s++)
            {
                if (s < 2 || subs[s].IsGaji || random.Chance(90))
                    kept.Add(LineDraw.Sheet(subs[s], unit, random));
            }
            sheet.Add(LineDraw.Sheet(line, unit, random));
            sheet.AddRange(kept);
        }
        return sheet;
    }
}
