using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;

namespace Ledger.Domain.Budget;

/// <summary>Puts decided events into envelopes carrying the command's context and content-derived ids.</summary>
public static class Envelopes
{
    /// <summary>
    /// Ids derive from the command's content and the stream's length it was decided on: the same command on the
    /// same stream gives the same ids (a duplicate append is recognised), while the same sheet imported again
    /// after other changes gives new ones.
    /// </summary>
    public static IReadOnlyList<EventEnvelope> Wrap(CommandContext context, string fingerprint, BudgetState decidedOn, IReadOnlyList<BudgetEvent> events) =>
        WrapAt(context, fingerprint, decidedOn.EventCount, events);

    /// <summary><see cref="Wrap(CommandContext, string, BudgetState, IReadOnlyList{BudgetEvent})"/> on a stream of <paramref name="eventCount"/> events.</summary>
    public static IReadOnlyList<EventEnvelope> WrapAt(CommandContext context, string fingerprint, long eventCount, IReadOnlyList<BudgetEvent> events)
    {
        fingerprint = $"{fingerprint}@{eventCount}";
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
