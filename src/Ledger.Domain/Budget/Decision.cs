using Ledger.Domain.Events;

namespace Ledger.Domain.Budget;

/// <summary>The decider's answer: the events to append (possibly none), or why not.</summary>
public abstract record Decision
{
    private Decision()
    {
    }

    /// <summary>The command is taken.</summary>
    /// <param name="Events">The events to append, in order; none when the command changes nothing.</param>
    public sealed record Accepted(IReadOnlyList<EventEnvelope> Events) : Decision;

    /// <summary>The command is refused; nothing is appended.</summary>
    /// <param name="Reason">Why, for the user: the message, and the line and column when known.</param>
    public sealed record Rejected(Rejection Reason) : Decision;

    /// <summary>Accepts with <paramref name="events"/> (none: the command changes nothing).</summary>
    public static Decision Accept(IReadOnlyList<EventEnvelope> events) => new Accepted(events);

    /// <summary>Refuses with <paramref name="message"/>, naming the line and the column when known.</summary>
    public static Decision Reject(string message, Values.Kode? kode = null, string? field = null) =>
        new Rejected(new Rejection(message, kode, field));
}
