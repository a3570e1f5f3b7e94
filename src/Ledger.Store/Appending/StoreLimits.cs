namespace Ledger.Store;

/// <summary>
/// The bounds every store enforces, the same for all implementations so a batch accepted by one
/// store is accepted by every other. Constants; thread-safe.
/// </summary>
public static class StoreLimits
{
    /// <summary>Most events in one append; one append is one transaction holding the write lock.</summary>
    public const int MaxEventsPerAppend = 100_000;

    /// <summary>Largest payload of one event, in bytes.</summary>
    public const int MaxPayloadBytes = 1 << 20;

    /// <summary>Largest sum of payload sizes in one append, in bytes.</summary>
    public const long MaxBatchPayloadBytes = 64L << 20;

    /// <summary>Longest event type name, in UTF-16 chars.</summary>
    public const int MaxEventTypeLength = 256;

    /// <summary>Most streams <see cref="IEventReader.ListStreamsAsync"/> returns (one per unit-year; far more means misuse).</summary>
    public const int MaxListedStreams = 100_000;
}
