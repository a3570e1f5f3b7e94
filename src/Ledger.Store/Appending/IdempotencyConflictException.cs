namespace Ledger.Store;

/// <summary>
/// An append was refused because its event ids are neither all new nor all already stored in the
/// target stream (part of the batch was stored before, or an id belongs to another stream).
/// Nothing was written. This means a writer reused ids for different events: a bug, not a retry.
/// </summary>
public sealed class IdempotencyConflictException : Exception
{
    /// <summary>An append refused because <paramref name="eventId"/> is stored with other content or in another stream than <paramref name="stream"/>.</summary>
    public IdempotencyConflictException(StreamName stream, Guid eventId, string message)
        : base(message)
    {
        Stream = stream;
        EventId = eventId;
    }

    /// <summary>The stream the batch was meant for.</summary>
    public StreamName Stream { get; }

    /// <summary>One event id that shows the conflict.</summary>
    public Guid EventId { get; }
}
