using System.Collections.Immutable;
using Akka.Persistence;
using Ledger.Domain.Events;
using Ledger.Journal;
using Ledger.Store;

namespace Ledger.Runtime.Journal;

public sealed partial class EventStoreJournal
{
    /// <summary>
    /// Appends each atomic write as one store transaction, in order. A write the store refuses (another writer
    /// got there first, ids reused, a batch over the limits, an I/O error that rolled back) is returned as that
    /// write's rejection: nothing of it was stored, and the actor reloads the stream before deciding again.
    /// A write whose events were all stored already comes back as <see cref="AlreadyStoredException"/>.
    /// </summary>
    protected override async Task<IImmutableList<Exception>> WriteMessagesAsync(IEnumerable<AtomicWrite> messages, CancellationToken cancellationToken)
    {
        var store = await _store.ConfigureAwait(false);
        var results = ImmutableList.CreateBuilder<Exception>();
        var anyRejected = false;
        foreach (var write in messages)
        {
            var outcome = await TryAppendAsync(store, write, cancellationToken).ConfigureAwait(false);
            anyRejected |= outcome is not null;
            results.Add(outcome!);
        }
        // Null means every write succeeded.
        return anyRejected ? results.ToImmutable() : null!;
    }

    private static async Task<Exception?> TryAppendAsync(IEventStore store, AtomicWrite write, CancellationToken ct)
    {
        try
        {
            var stream = StreamOf(write.PersistenceId);
            var data = Encode(stream, write);
            var result = await store.AppendAsync(stream, ExpectedVersion.At(write.LowestSequenceNr - 2), data, ct).ConfigureAwait(false);
            return result.Appended == 0 && data.Length > 0 ? new AlreadyStoredException(stream, result.StreamVersion) : null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>The write's envelopes as the store's rows, checked to be this stream's, with contiguous sequence numbers.</summary>
    private static EventData[] Encode(StreamName stream, AtomicWrite write)
    {
        var events = (IImmutableList<IPersistentRepresentation>)write.Payload;
        var data = new EventData[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var persistent = events[i];
            if (persistent.Payload is not EventEnvelope envelope)
                throw new NotSupportedException($"the ledger journal stores event envelopes, not {persistent.Payload?.GetType().Name ?? "null"}");
            if (persistent.SequenceNr != write.LowestSequenceNr + i)
                throw new ArgumentException($"sequence numbers of the write to '{stream}' are not contiguous at {persistent.SequenceNr}");
            if (StreamName.For(envelope.Unit, envelope.FiscalYear) != stream)
                throw new ArgumentException($"event {envelope.Id} belongs to {envelope.Unit}/{envelope.FiscalYear}, not to '{stream}'");
            data[i] = LedgerJournal.Encode(envelope);
        }
        return data;
    }
}
