using Ledger.Domain.Budget;
using Ledger.Domain.Values;
using NodaTime;
using CapaianMath = Ledger.Domain.Performance.Capaian;

namespace Ledger.Projections.Evaluasi;

/// <summary>
/// Builds the evaluation table from the year's budget folded in a time slice, and last year's budget (if the
/// ledger has it) for "realisasi s/d tahun lalu". Pure.
/// </summary>
public static class EvaluasiProjection
{
    public static EvaluasiTable Build(string unit, int fiscalYear, BudgetState state, BudgetState? lastYear, TimeSlice slice)
    {
        var stage = state.LatestStage ?? Stage.Murni;
        var by = slice.AsOf ?? LocalDate.MaxIsoValue;
        var quarterEnds = Enumerable.Range(1, 4).Select(q => Triwulan.End(fiscalYear, q)).ToList();
        var reported = quarterEnds.Select((end, i) => state.Reports.Any(r => r.PeriodEnd <= end && r.PeriodEnd <= by
            && (i == 0 || r.PeriodEnd > quarterEnds[i - 1]))).ToList();
        var tree = new LineTree(state);
        var lastTree = lastYear is null ? null : new LineTree(lastYear);
        var lastYearEnd = new LocalDate(fiscalYear - 1, 12, 31);
        var rows = new List<EvaluasiRow>();
        var totals = new Totals();
        foreach (var line in state.Lines.Values)
        {
            if (!line.Present.At(stage))
                continue;
            var pagu = tree.PaguAt(line, stage);
            var realisasi = tree.RealisasiBy(line, stage, by);
            var cumulativeRp = quarterEnds.Select(end => tree.RealisasiBy(line, stage, Min(end, by))).ToList();
            var triwulanRp = Enumerable.Range(0, 4)
                .Select(q => reported[q] ? cumulativeRp[q] - (q == 0 ? Money.Zero : cumulativeRp[q - 1]) : (Money?)null).ToList();
            var lastLine = lastYear?.Find(line.Kode);
            Money? lastRp = lastLine is null || lastTree is null ? null : lastTree.RealisasiBy(lastLine, lastYear!.LatestStage ?? Stage.Murni, lastYearEnd);
            var renstraRp = tree.PaguRenstraOf(line, stage);
            var indicators = line.IndicatorsAt(stage);
            if (indicators.Count == 0)
            {
                rows.Add(new EvaluasiRow(line.Kode, line.Level, line.Uraian, "", null, renstraRp, null, lastRp, null, pagu,
                    new(triwulanRp.Select(rp => ((decimal?)null, rp))), null, realisasi, null, CapaianMath.Serapan(pagu, realisasi)));
            }
            foreach (var indicator in indicators)
            {
                var cumulativeK = quarterEnds.Select(end => line.KinerjaBy(indicator.Name, Min(end, by))?.Value).ToList();
                var triwulan = Enumerable.Range(0, 4).Select(q => (
                    reported[q] && cumulativeK[q] is { } k ? k - (q == 0 ? 0 : cumulativeK[q - 1] ?? 0) : (decimal?)null,
                    triwulanRp[q]));
                var achieved = line.KinerjaBy(indicator.Name, by)?.Value;
                rows.Add(new EvaluasiRow(line.Kode, line.Level, line.Uraian, indicator.Name,
                    indicator.TargetRenstra?.Value, renstraRp,
                    lastLine?.KinerjaBy(indicator.Name, lastYearEnd)?.Value, lastRp,
                    indicator.Target?.Value, pagu, new(triwulan), achieved, realisasi,
                    CapaianMath.Percent(indicator.Target?.Value, achieved, indicator.Arah), CapaianMath.Serapan(pagu, realisasi)));
            }
            if (line.Parent is null)
                totals.Add(pagu, realisasi, triwulanRp, lastRp, renstraRp);
        }
        rows.Add(totals.Row());
        return new EvaluasiTable(unit, fiscalYear, stage, slice, rows);
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private sealed class Totals
    {
        private readonly Money?[] _triwulan = new Money?[4];
        private Money _pagu;
        private Money _realisasi;
        private Money? _last;
        private Money? _renstra;

        public void Add(Money pagu, Money realisasi, IReadOnlyList<Money?> triwulan, Money? last, Money? renstra)
        {
            _renstra = renstra is { } r ? (_renstra ?? Money.Zero) + r : _renstra;
            _pagu += pagu;
            _realisasi += realisasi;
            for (var q = 0; q < 4; q++)
                _triwulan[q] = triwulan[q] is { } rp ? (_triwulan[q] ?? Money.Zero) + rp : _triwulan[q];
            _last = last is { } l ? (_last ?? Money.Zero) + l : _last;
        }

        public EvaluasiRow Row() => new(null, null, Perubahan.PerubahanProjection.JumlahLabel, "", null, _renstra, null, _last, null, _pagu,
            new(_triwulan.Select(rp => ((decimal?)null, rp))), null, _realisasi, null, CapaianMath.Serapan(_pagu, _realisasi));
    }
}
