using Akka.Actor;
using Akka.Persistence;
using Ledger.Journal;

namespace Ledger.Runtime.Journal;

public sealed partial class EventStoreJournal
{
    /// <summary>Replays the stream's events with sequence numbers in [from, to], at most <paramref name="max"/>, oldest first.</summary>
    public override async Task ReplayMessagesAsync(
        IActorContext context, string persistenceId, long fromSequenceNr, long toSequenceNr, long max, Action<IPersistentRepresentation> recoveryCallback)
    {
        if (max <= 0 || toSequenceNr < fromSequenceNr)
            return;
        var store = await _store.ConfigureAwait(false);
        var stream = StreamOf(persistenceId);
        long replayed = 0;
        await foreach (var stored in store.ReadStreamAsync(stream, Math.Max(0, fromSequenceNr - 1), CancellationToken.None).ConfigureAwait(false))
        {
            var sequenceNr = stored.StreamVersion + 1;
            if (sequenceNr > toSequenceNr)
                break;
            var envelope = LedgerJournal.Decode(stored);
            recoveryCallback(new Persistent(
                envelope, sequenceNr, persistenceId, stored.EventType, isDeleted: false, ActorRefs.NoSender, WriterGuid,
                envelope.Recorded.ToUnixTimeMilliseconds()));
            if (++replayed >= max)
                break;
        }
    }

    /// <summary>The stream's version + 1: 0 for a stream with no events.</summary>
    public override async Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken)
    {
        var store = await _store.ConfigureAwait(false);
        return await store.StreamVersionAsync(StreamOf(persistenceId), cancellationToken).ConfigureAwait(false) + 1;
    }
}
