using System.Reactive.Linq;
using Ledger.Domain.Events;
using Ledger.Journal;
using Ledger.Store;

namespace Ledger.Application.Live;

/// <summary>
/// The journal as a System.Reactive stream: every event after a position, then each new one as it lands,
/// decoded. Cold: each subscription follows the journal on its own and stops when disposed.
/// </summary>
public static class LiveJournal
{
    public static IObservable<(StoredEvent Stored, EventEnvelope Envelope)> Observe(
        IEventReader reader, IAppendSignal signal, GlobalPosition after) =>
        Observable.Create<(StoredEvent, EventEnvelope)>(async (observer, ct) =>
        {
            try
            {
                await foreach (var stored in JournalFollower.FollowAsync(reader, signal, after, ct))
                    observer.OnNext((stored, LedgerJournal.Decode(stored)));
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Unsubscribed: the stream simply ends.
            }
        });
}
