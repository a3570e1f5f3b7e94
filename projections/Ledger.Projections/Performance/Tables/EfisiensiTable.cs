using Ledger.Domain.Budget;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Projections.Performance.Tables;

/// <summary>The efisiensi table of a unit-year (contract §9.4): one row per sasaran, JUMLAH last.</summary>
public sealed record EfisiensiTable(string Unit, int Year, LocalDate PeriodEnd, TimeSlice Slice, Stage Stage, IReadOnlyList<EfisiensiRow> Rows);

/// <summary>
/// One sasaran (or JUMLAH): the mean capaian of its indicators beside the pagu and realisasi of the distinct budget
/// lines they name. <see cref="Kodes"/> are those lines, as summed.
/// </summary>
public sealed record EfisiensiRow(string Sasaran, decimal? CapaianPct, Money Pagu, Money Realisasi, ValueList<Kode> Kodes)
{
    /// <summary>realisasi / pagu × 100, unrounded; null without pagu.</summary>
    public decimal? SerapanPct => Domain.Performance.Capaian.Serapan(Pagu, Realisasi);

    /// <summary>capaian − serapan; null without either.</summary>
    public decimal? EfisiensiPct => CapaianPct - SerapanPct;

    public Money SisaAnggaran => Pagu - Realisasi;
}

/// <summary>
/// Builds the efisiensi table from a unit's framework and the same year's budget, both folded in one time slice:
/// pagu in force at the period end, realisasi reported by it. Pure.
/// </summary>
public static class EfisiensiProjection
{
    public static EfisiensiTable Build(UnitPerformance framework, BudgetState budget, int year, TimeSlice slice)
    {
        var periodEnd = PerformanceMeans.PeriodEnd(year, slice);
        var stage = budget.LatestStage ?? Stage.Murni;
        var tree = new LineTree(budget);
        var indicators = framework.IndicatorsAt(year, periodEnd);
        var rows = new List<EfisiensiRow>();
        foreach (var group in indicators.GroupBy(i => i.Pk.Sasaran))
            rows.Add(Row(group.Key, [.. group], budget, tree, stage, periodEnd));
        rows.Add(Row(Perubahan.PerubahanProjection.JumlahLabel, indicators, budget, tree, stage, periodEnd));
        return new EfisiensiTable(framework.Unit, year, periodEnd, slice, stage, rows);
    }

    private static EfisiensiRow Row(string sasaran, IReadOnlyList<IndicatorAt> indicators, BudgetState budget, LineTree tree, Stage stage, LocalDate periodEnd)
    {
        var kodes = DistinctLines(indicators.SelectMany(i => i.Pk.Programs.Items), budget);
        var pagu = Money.Zero;
        var realisasi = Money.Zero;
        foreach (var kode in kodes)
        {
            var line = budget.Lines[kode];
            pagu += tree.PaguAt(line, stage);
            realisasi += tree.RealisasiBy(line, stage, periodEnd);
        }
        return new EfisiensiRow(sasaran, PerformanceMeans.Of(indicators.Select(i => i.CapaianPct)), pagu, realisasi, new ValueList<Kode>(kodes));
    }

    /// <summary>
    /// The lines named, each once, those the budget does not hold left out, and a line whose program (or kegiatan) is
    /// named too left out: its parent's sum already holds it.
    /// </summary>
    public static IReadOnlyList<Kode> DistinctLines(IEnumerable<Kode> named, BudgetState budget)
    {
        var set = named.Where(budget.Lines.ContainsKey).ToHashSet();
        return [.. set.Where(k => !HasNamedAncestor(k, set, budget)).Order()];
    }

    private static bool HasNamedAncestor(Kode kode, HashSet<Kode> named, BudgetState budget)
    {
        for (var parent = budget.Lines[kode].Parent; parent is { } p; parent = budget.Lines.TryGetValue(p, out var line) ? line.Parent : null)
        {
            if (named.Contains(p))
                return true;
        }
        return false;
    }
}
