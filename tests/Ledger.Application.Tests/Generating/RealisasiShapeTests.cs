using Ledger.Domain.Budget;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Generating;
using Ledger.Projections;
using Ledger.Projections.Capaian;

namespace Ledger.Application.Tests.Generating;

/// <summary>The four triwulan reports of a generated unit-year are cumulative, within pagu, and absorb the budget the way units do.</summary>
public sealed class RealisasiShapeTests
{
    public static TheoryData<ulong, int, int> UnitYears()
    {
        var data = new TheoryData<ulong, int, int>();
        foreach (var seed in new ulong[] { 1, 9 })
        {
            for (var unit = 1; unit <= 6; unit++)
            {
                data.Add(seed, unit, 2020);
                data.Add(seed, unit, 2023);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(UnitYears))]
    public void Realisasi_never_falls_and_never_exceeds_the_pagu_in_force_at_the_period_end(ulong seed, int unit, int year)
    {
        var events = Generated.Events(SyntheticBudget.Script(seed, unit, year));
        var previous = new Dictionary<Kode, Money>();

        for (var q = 1; q <= 4; q++)
        {
            var end = Triwulan.End(year, q);
            var state = BudgetAt.Fold(events, new TimeSlice(end, null));
            foreach (var line in state.Lines.Values.Where(l => l.RealisasiBy(end) is not null))
            {
                var spent = line.RealisasiBy(end)!.Value;
                Assert.True(spent >= previous.GetValueOrDefault(line.Kode), $"{line.Kode} falls at triwulan {q}");
                Assert.True(spent <= line.CurrentPagu, $"{line.Kode} spends {spent} of {line.CurrentPagu} at triwulan {q}");
                previous[line.Kode] = spent;
            }
        }
    }

    [Theory]
    [MemberData(nameof(UnitYears))]
    public void Serapan_runs_near_15_40_65_and_90_percent_and_every_line_that_spent_reports_its_achievements(ulong seed, int unit, int year)
    {
        var events = Generated.Events(SyntheticBudget.Script(seed, unit, year));
        (decimal Low, decimal High)[] bands = [(5, 30), (25, 55), (50, 80), (75, 100)];

        for (var q = 1; q <= 4; q++)
        {
            var slice = new TimeSlice(Triwulan.End(year, q), null);
            var table = CapaianProjection.Build("unit", year, BudgetAt.Fold(events, slice), slice, PredikatScale.Permendagri86);

            Assert.InRange(table.Jumlah.SerapanPct!.Value, bands[q - 1].Low, bands[q - 1].High);
            Assert.All(table.Rows.Where(r => r.Target is not null && (r.Realisasi > Money.Zero || q == 4)), row => Assert.NotNull(row.RealisasiKinerja));
        }
    }

    [Fact]
    public void A_line_removed_at_the_perubahan_reports_nothing_spent_before_it_went()
    {
        var script = SyntheticBudget.Script(1, 1, 2020);
        var perubahan = script.Budgets.Last().Lines.Select(l => l.Kode).ToHashSet();
        var removed = script.Budgets.First().Lines.Where(l => l.Level == Level.SubKegiatan && !perubahan.Contains(l.Kode)).Select(l => l.Kode).ToHashSet();

        var reported = script.Realisasi.SelectMany(r => r.Lines).Where(l => removed.Contains(l.Kode)).ToList();

        Assert.NotEmpty(removed);
        Assert.All(reported, line => Assert.Equal(Money.Zero, line.Realisasi));
    }
}
