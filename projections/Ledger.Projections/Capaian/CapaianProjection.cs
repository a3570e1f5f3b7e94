using Ledger.Domain.Budget;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Projections.Capaian;

/// <summary>
/// Builds the capaian table from a budget folded in a time slice: targets and pagu of the stage in force,
/// realisasi reported for periods ending by the slice's date. Pure.
/// </summary>
public static class CapaianProjection
{
    public static CapaianTable Build(string unit, int fiscalYear, BudgetState state, TimeSlice slice, PredikatScale scale)
    {
        var stage = state.LatestStage ?? Stage.Murni;
        var by = slice.AsOf ?? LocalDate.MaxIsoValue;
        var tree = new LineTree(state);
        var rows = new List<CapaianRow>();
        var total = (Pagu: Money.Zero, Realisasi: Money.Zero);
        foreach (var line in state.Lines.Values)
        {
            if (!line.Present.At(stage))
                continue;
            var pagu = tree.PaguAt(line, stage);
            var realisasi = tree.RealisasiBy(line, stage, by);
            var serapan = Domain.Performance.Capaian.Serapan(pagu, realisasi);
            var indicators = line.IndicatorsAt(stage);
            if (indicators.Count == 0)
                rows.Add(new CapaianRow(line.Kode, line.Level, line.Uraian, "", null, null, null, null, pagu, realisasi, serapan));
            foreach (var indicator in indicators)
            {
                var achieved = line.KinerjaBy(indicator.Name, by)?.Value;
                var capaian = Domain.Performance.Capaian.Percent(indicator.Target?.Value, achieved, indicator.Arah);
                rows.Add(new CapaianRow(line.Kode, line.Level, line.Uraian, indicator.Name, indicator.Target?.Value, achieved,
                    capaian, scale.Rate(capaian), pagu, realisasi, serapan));
            }
            if (line.Parent is null)
                total = (total.Pagu + pagu, total.Realisasi + realisasi);
        }
        rows.Add(new CapaianRow(null, null, Perubahan.PerubahanProjection.JumlahLabel, "", null, null, null, null,
            total.Pagu, total.Realisasi, Domain.Performance.Capaian.Serapan(total.Pagu, total.Realisasi)));
        var periodEnd = state.Reports.Where(r => r.PeriodEnd <= by).Select(r => (LocalDate?)r.PeriodEnd).Max();
        return new CapaianTable(unit, fiscalYear, stage, periodEnd, slice, scale, rows);
    }
}
