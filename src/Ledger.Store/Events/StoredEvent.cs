namespace Ledger.Store;

/// <summary>
/// An event as stored. <paramref name="StreamVersion"/> counts from 0 within the stream;
/// <paramref name="Position"/> counts from 1 across the store. <paramref name="PreviousHash"/> and
/// <paramref name="Hash"/> are 32-byte SHA-256 values chaining every event to the one before it in
/// global order (see <see cref="EventHash"/>). Immutable; thread-safe (do not write through the memories).
/// </summary>
public sealed record StoredEvent(
    GlobalPosition Position,
    StreamName Stream,
    long StreamVersion,
    Guid EventId,
    string EventType,
    ReadOnlyMemory<byte> Payload,
    ReadOnlyMemory<byte> PreviousHash,
    ReadOnlyMemory<byte> Hash);
