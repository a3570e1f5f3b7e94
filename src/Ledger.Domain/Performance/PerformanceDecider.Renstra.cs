using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Performance.Commands;
using Ledger.Domain.Values;

namespace Ledger.Domain.Performance;

public static partial class PerformanceDecider
{
    private static Decision DecideRenstra(ImportRenstra command, PerformanceState state)
    {
        if (CheckRenstra(command) is { } rejected)
            return rejected;
        var events = new List<BudgetEvent>
        {
            new RenstraSheetImported(command.Source, command.Fingerprint, command.FirstYear, command.LastYear, command.Rows.Count),
        };
        var before = state.Renstra;
        var periodChanged = before is not null && (before.FirstYear, before.LastYear) != (command.FirstYear, command.LastYear);
        var seen = new HashSet<string>();
        for (var order = 0; order < command.Rows.Count; order++)
        {
            var row = command.Rows[order];
            var identity = RenstraIndicator.IdentityOf(row.Tujuan, row.Sasaran, row.Indikator);
            seen.Add(identity);
            var old = before?.Indicators.FirstOrDefault(i => i.Identity == identity);
            if (old is null || (old.Tujuan, old.Sasaran, old.Indikator, old.Satuan, old.Arah, old.Iku, old.Order)
                != (row.Tujuan, row.Sasaran, row.Indikator, row.Satuan, row.Arah, row.Iku, order))
            {
                events.Add(new RenstraIndicatorDefined(row.Tujuan, row.Sasaran, row.Indikator, row.Satuan, row.Arah, row.Iku, order));
            }
            foreach (var slot in row.Values.Keys.Union(old?.Values.Keys ?? []).Order())
            {
                var from = old?.Value(slot);
                Quantity? to = row.Values.TryGetValue(slot, out var value) ? value : null;
                if (from == to)
                    continue;
                events.Add((from, to) switch
                {
                    (null, { } set) => new RenstraValueSet(row.Tujuan, row.Sasaran, row.Indikator, slot, set),
                    ({ } f, null) => new RenstraValueCleared(row.Tujuan, row.Sasaran, row.Indikator, slot, f),
                    var (f, t) => new RenstraValueRevised(row.Tujuan, row.Sasaran, row.Indikator, slot, f!.Value, t!.Value),
                });
            }
        }
        foreach (var old in before?.Indicators ?? [])
        {
            if (!seen.Contains(old.Identity))
                events.Add(new RenstraIndicatorDropped(old.Tujuan, old.Sasaran, old.Indikator));
        }
        // A new period with the same rows still changes the Renstra: its marker alone says so.
        if (periodChanged && events.Count == 1)
            return Decision.Accept(Envelopes.WrapAt(command.Context, command.Fingerprint, state.EventCount, events));
        return Accept(command, state, events);
    }

    private static Decision? CheckRenstra(ImportRenstra command)
    {
        if (command.LastYear < command.FirstYear || command.LastYear - command.FirstYear + 1 > ImportRenstra.MaxYears)
            return Decision.Reject($"the period {command.FirstYear}–{command.LastYear} is not a Renstra's: it spans 1 to {ImportRenstra.MaxYears} years", field: "period");
        if (command.Context.FiscalYear != command.FirstYear)
            return Decision.Reject($"a Renstra for {command.FirstYear}–{command.LastYear} belongs to the stream of {command.FirstYear}, not {command.Context.FiscalYear}", field: "period");
        if (CheckEffective(command.Context, command.FirstYear, command.LastYear) is { } tooFar)
            return tooFar;
        if (command.Rows.Count == 0)
            return Decision.Reject("the Renstra sheet has no indicator", field: "indikator");
        var seen = new Dictionary<string, int>();
        foreach (var row in command.Rows)
        {
            if (string.IsNullOrWhiteSpace(row.Tujuan))
                return RejectRow("the row names no tujuan", row.Row, "tujuan");
            if (string.IsNullOrWhiteSpace(row.Indikator))
                return RejectRow("the row names no indikator", row.Row, "indikator");
            if (!seen.TryAdd(RenstraIndicator.IdentityOf(row.Tujuan, row.Sasaran, row.Indikator), row.Row))
                return RejectRow($"indikator '{row.Indikator}' is listed twice under the same {(row.Sasaran is null ? "tujuan" : "sasaran")} (rows {seen[RenstraIndicator.IdentityOf(row.Tujuan, row.Sasaran, row.Indikator)]} and {row.Row})", row.Row, "indikator");
            foreach (var slot in row.Values.Keys)
            {
                if (slot.Column == RenstraColumn.Target && (slot.Year < command.FirstYear || slot.Year > command.LastYear))
                    return RejectRow($"column {slot} lies outside the period {command.FirstYear}–{command.LastYear}", row.Row, slot.ToString());
            }
        }
        return null;
    }
}
