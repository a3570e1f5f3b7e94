using Akka.Configuration;
using Akka.Event;
using Akka.Persistence.Journal;
using Ledger.Application.Stores;
using Ledger.Store;

namespace Ledger.Runtime.Journal;

/// <summary>
/// Akka.Persistence journal plugin over the ledger's own store (<see cref="IEventStore"/>), so the actors write
/// the very rows that <c>ledger export</c>, <c>verify</c> and the projections read. A persistence id is a stream
/// name (<c>unit/year</c>); sequence number = stream version + 1. Each <c>AtomicWrite</c> is one
/// <see cref="IEventWriter.AppendAsync"/> expecting version (first sequence number − 2), so the store's
/// optimistic concurrency and idempotency decide every write. Payloads are <c>EventEnvelope</c>s stored as
/// <c>EventJson</c>, byte for byte what <c>LedgerJournal.Encode</c> writes. Nothing is ever deleted.
/// </summary>
/// <remarks>
/// Configuration (under the plugin's path): <c>store-uri</c>, a URI <see cref="EventStores.OpenAsync"/> opens
/// (then the plugin owns and closes the store) or a <see cref="JournalStores"/> registration (then it does not).
/// </remarks>
public sealed partial class EventStoreJournal : AsyncWriteJournal
{
    /// <summary>Writer id put on replayed messages; the store, not a replay filter, keeps sequence numbers unique.</summary>
    internal const string WriterGuid = "ledger-store";

    private readonly Task<IEventStore> _store;
    private readonly bool _ownsStore;
    private readonly ILoggingAdapter _log;

    public EventStoreJournal(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _log = Context.GetLogger();
        var uri = config.GetString("store-uri", null);
        if (string.IsNullOrWhiteSpace(uri))
            throw new ConfigurationException("the ledger journal plugin needs 'store-uri' (sqlite:PATH, postgres://…, or a registered store)");
        if (JournalStores.TryGet(uri, out var registered))
        {
            _store = Task.FromResult(registered);
        }
        else
        {
            _ownsStore = true;
            _store = EventStores.OpenAsync(uri, CancellationToken.None);
        }
    }

    /// <summary>Refuses: the ledger fixes mistakes by adding events, never by deleting them.</summary>
    protected override Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        Task.FromException(new NotSupportedException(
            $"the ledger never deletes events (asked to delete {persistenceId} up to sequence number {toSequenceNr}): fix a mistake by adding an event"));

    protected override void PostStop()
    {
        base.PostStop();
        if (_ownsStore)
            _ = CloseOwnedStoreAsync(_store, _log);
    }

    /// <summary>Closes the store this plugin opened once in-flight appends are done (the store waits for them).</summary>
    private static async Task CloseOwnedStoreAsync(Task<IEventStore> opening, ILoggingAdapter log)
    {
        try
        {
            var store = await opening.ConfigureAwait(false);
            await store.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            log.Warning(e, "closing the ledger journal's store failed");
        }
    }

    internal static StreamName StreamOf(string persistenceId) =>
        StreamName.TryParse(persistenceId, out var stream)
            ? stream
            : throw new ArgumentException($"persistence id '{persistenceId}' is not a stream name of the form 'unit/year'", nameof(persistenceId));
}
