using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;

namespace Ledger.Domain.Budget;

/// <summary>Puts decided events into envelopes carrying the command's context and content-derived ids.</summary>
public static class Envelopes
{
    public static IReadOnlyList<EventEnvelope> Wrap(CommandContext context, string fingerprint, IReadOnlyList<BudgetEvent> events)
    {
        var envelopes = new EventEnvelope[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var id = EventIds.For(context.Unit, context.FiscalYear, context.Stage, context.Effective, fingerprint, i);
            envelopes[i] = new EventEnvelope(
                id, context.Unit, context.FiscalYear, context.Stage, context.Effective, context.RecordedAt,
                context.Basis, context.Reason, context.Actor, events[i]);
        }
        return envelopes;
    }
}
