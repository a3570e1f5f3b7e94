using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Performance.Commands;

namespace Ledger.Domain.Performance;

public static partial class PerformanceDecider
{
    private static Decision DecideKinerja(ImportKinerja command, PerformanceState state)
    {
        var context = command.Context;
        if (context.Effective.Year != context.FiscalYear)
            return Decision.Reject($"period end {context.Effective:yyyy-MM-dd} is outside fiscal year {context.FiscalYear}", field: "period");
        if (command.Rows.Count == 0)
            return Decision.Reject("the kinerja sheet has no indicator", field: "indikator");
        var reported = state.ReportedFor(context.Effective);
        var events = new List<BudgetEvent> { new KinerjaSheetImported(command.Source, command.Fingerprint, command.Rows.Count) };
        var seen = new Dictionary<string, int>();
        foreach (var row in command.Rows)
        {
            if (state.Pk is not { } pk)
                return RejectRow($"indikator '{row.Indikator}' has no PK: {context.Unit} has no Perjanjian Kinerja for {context.FiscalYear}", row.Row, "indikator");
            if (pk.Find(row.Indikator) is not { } indicator)
            {
                var closest = IndicatorMatch.Closest(row.Indikator, pk.Indicators.Select(i => i.Indikator));
                return RejectRow($"indikator '{row.Indikator}' is not in the {context.FiscalYear} PK of {context.Unit}; the closest is '{closest}'", row.Row, "indikator");
            }
            var key = IndicatorMatch.Key(indicator.Indikator);
            if (!seen.TryAdd(key, row.Row))
                return RejectRow($"indikator '{row.Indikator}' is listed twice (rows {seen[key]} and {row.Row})", row.Row, "indikator");
            var realisasi = row.Realisasi with { Satuan = indicator.Satuan };
            if (!reported.TryGetValue(key, out var from))
                events.Add(new PengukuranReported(indicator.Indikator, realisasi));
            else if (from != realisasi)
                events.Add(new PengukuranRevised(indicator.Indikator, from, realisasi));
        }
        return Accept(command, state, events);
    }
}
