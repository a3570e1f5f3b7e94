using System.Runtime.CompilerServices;
using Ledger.Domain.Events;
using Ledger.Domain.Json;
using Ledger.Store;

namespace Ledger.Journal;

/// <summary>
/// The domain's view of the store: envelopes in, envelopes out, one stream per unit-year. Serialises with
/// <see cref="EventJson"/>; the store itself sees only opaque bytes.
/// </summary>
public sealed class LedgerJournal(IEventStore store)
{
    public IEventStore Store => store;

    public static StreamName StreamOf(string unit, int fiscalYear) => StreamName.For(unit, fiscalYear);

    /// <summary>The stream's events, oldest first, with the stream version after them (-1 for none).</summary>
    public async Task<(IReadOnlyList<EventEnvelope> Events, long Version)> ReadStreamAsync(string unit, int fiscalYear, CancellationToken ct)
    {
        var events = new List<EventEnvelope>();
        long version = -1;
        await foreach (var stored in store.ReadStreamAsync(StreamOf(unit, fiscalYear), 0, ct))
        {
            events.Add(Decode(stored));
            version = stored.StreamVersion;
        }
        return (events, version);
    }

    public async IAsyncEnumerable<(StoredEvent Stored, EventEnvelope Envelope)> ReadAllAsync(
        GlobalPosition after, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var stored in store.ReadAllAsync(after, ct))
            yield return (stored, Decode(stored));
    }

    public Task<AppendResult> AppendAsync(string unit, int fiscalYear, ExpectedVersion expected, IReadOnlyList<EventEnvelope> events, CancellationToken ct)
    {
        var data = new EventData[events.Count];
        for (var i = 0; i < events.Count; i++)
            data[i] = Encode(events[i]);
        return store.AppendAsync(StreamOf(unit, fiscalYear), expected, data, ct);
    }

    public static EventData Encode(EventEnvelope envelope) =>
        new(envelope.Id, envelope.EventType, EventJson.Serialize(envelope));

    /// <exception cref="EventFormatException">The stored bytes are not an event: the journal is damaged.</exception>
    public static EventEnvelope Decode(long position, ReadOnlySpan<byte> payload) => Decode(payload, position, null);

    /// <exception cref="EventFormatException">The stored bytes are not an event: the journal is damaged.</exception>
    public static EventEnvelope Decode(StoredEvent stored) =>
        Decode(stored.Payload.Span, stored.Position.Value, stored.Stream.Value);

    // The location is formatted only on failure: replay decodes every event of the journal through here.
    private static EventEnvelope Decode(ReadOnlySpan<byte> payload, long position, string? stream)
    {
        try
        {
            return EventJson.Deserialize(payload);
        }
        catch (EventFormatException e)
        {
            var of = stream is null ? "" : $" of {stream}";
            throw new EventFormatException($"event at position {position}{of}: {e.Message}", e);
        }
    }
}
