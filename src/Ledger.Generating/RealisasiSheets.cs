using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using Ledger.Projections;
using NodaTime;

namespace Ledger.Generating;

/// <summary>
/// The four triwulan reports of a unit-year, cumulative from 1 January: Rupiah on every sub kegiatan open at the
/// period end, indicator achievements on every line with indicators (on a sub kegiatan once it has spent). Serapan runs about 15 / 40 / 65 / 90% of the
/// pagu in force (salaries evenly, a few lines late). Realisasi never falls from one triwulan to the next and never
/// exceeds the pagu in force at any later period end, so a later cut or removal never leaves spending above pagu
/// (a line removed later reports nothing spent).
/// </summary>
public static class RealisasiSheets
{
    /// <param name="stages">The year's sheets in stream order with the dates they take effect.</param>
    /// <returns>The reported lines of triwulan 1 to 4, in code order.</returns>
    public static IReadOnlyList<IReadOnlyList<ReportedLine>> For(
        int year, IReadOnlyList<(LocalDate Effective, IReadOnlyList<PlannedLine> Sheet)> stages, SplitMix64 random)
    {
        var inForce = new Dictionary<Kode, PlannedLine>[4];
        for (var q = 0; q < 4; q++)
        {
            var end = Triwulan.End(year, q + 1);
            inForce[q] = stages.Last(s => s.Effective <= end).Sheet.ToDictionary(l => l.Kode);
        }
        var kodes = new SortedSet<Kode>(inForce.SelectMany(d => d.Keys));
        var reports = Enumerable.Range(0, 4).Select(_ => new List<ReportedLine>()).ToArray();
        foreach (var kode in kodes)
        {
            var lines = inForce.Select(d => d.GetValueOrDefault(kode)).ToArray();
            var leaf = lines.First(l => l is not null)!.Level == Level.SubKegiatan;
            var spent = leaf ? Spending(lines, random) : null;
            var kinerja = KinerjaValues.For(lines, random);
            for (var q = 0; q < 4; q++)
            {
                if (lines[q] is null || (!leaf && kinerja[q].Count == 0))
                    continue;
                // Nothing spent, nothing achieved yet: the report leaves the line's indicators blank.
                var achieved = spent?[q] == Money.Zero ? [] : kinerja[q];
                reports[q].Add(new ReportedLine(kode, spent?[q], achieved));
            }
        }
        return reports;
    }

    /// <summary>Cumulative Rupiah at each period end, capped by the lowest pagu in force from then on.</summary>
    private static Money?[] Spending(PlannedLine?[] lines, SplitMix64 random)
    {
        var gaji = lines.Any(l => l is not null && SheetLines.IsGaji(l));
        int[] serapan = gaji ? [random.Between(230, 250), random.Between(480, 500), random.Between(730, 750), random.Between(950, 1000)]
            : random.Chance(15) ? [0, random.Between(0, 150), random.Between(200, 500), random.Between(700, 1000)]
            : [random.Between(50, 250), random.Between(300, 500), random.Between(550, 750), random.Between(800, 1000)];
        var spent = new Money?[4];
        var previous = Money.Zero;
        for (var q = 0; q < 4; q++)
        {
            if (lines[q] is not { } line)
                continue;
            var cap = lines.Skip(q).Select(l => l?.Pagu ?? Money.Zero).Min();
            var amount = Amounts.Part(line.Pagu, serapan[q]);
            previous = new Money(Math.Min(cap.Rupiah, Math.Max(previous.Rupiah, amount.Rupiah)));
            spent[q] = previous;
        }
        return spent;
    }
}
