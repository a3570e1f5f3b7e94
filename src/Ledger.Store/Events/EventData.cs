namespace Ledger.Store;

/// <summary>
/// An event to append. <paramref name="EventId"/> is chosen by the writer and makes appends
/// idempotent: re-sending the same ids appends nothing. <paramref name="Payload"/> is UTF-8 JSON,
/// opaque to the store, at most <see cref="StoreLimits.MaxPayloadBytes"/> bytes.
/// The store copies the payload, so the caller may reuse its buffer once the append completes.
/// </summary>
public sealed record EventData(Guid EventId, string EventType, ReadOnlyMemory<byte> Payload);
