using Ledger.Domain.Events;

namespace Ledger.Domain.Budget;

/// <summary>The decider's answer: the events to append (possibly none), or why not.</summary>
public abstract record Decision
{
    private Decision()
    {
    }

    public sealed record Accepted(IReadOnlyList<EventEnvelope> Events) : Decision;

    public sealed record Rejected(Rejection Reason) : Decision;

    public static Decision Accept(IReadOnlyList<EventEnvelope> events) => new Accepted(events);

    public static Decision Reject(string message, Values.Kode? kode = null, string? field = null) =>
        new Rejected(new Rejection(message, kode, field));
}
