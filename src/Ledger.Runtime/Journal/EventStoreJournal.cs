using Akka.Configuration;
using Akka.Persistence.Journal;
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
/// Configuration (under the plugin's path): <c>store-uri</c>, a <see cref="JournalStores"/> registration; the process
/// opens and closes the store (the runtime knows the store port only, so it cannot open one from a URI itself).
/// </remarks>
public sealed partial class EventStoreJournal : AsyncWriteJournal
{
    /// <summary>Writer id put on replayed messages; the store, not a replay filter, keeps sequence numbers unique.</summary>
    internal const string WriterGuid = "ledger-store";

    private readonly Task<IEventStore> _store;

    public EventStoreJournal(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var uri = config.GetString("store-uri", null);
        if (string.IsNullOrWhiteSpace(uri))
            throw new ConfigurationException("the ledger journal plugin needs 'store-uri' (a store registered with JournalStores)");
        if (!JournalStores.TryGet(uri, out var registered))
            throw new ConfigurationException($"the ledger journal plugin's 'store-uri' {uri} is no registered store: register one with JournalStores");
        _store = Task.FromResult(registered);
    }

    /// <summary>Refuses: the ledger fixes mistakes by adding events, never by deleting them.</summary>
    protected override Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        Task.FromException(new NotSupportedException(
            $"the ledger never deletes events (asked to delete {persistenceId} up to sequence number {toSequenceNr}): fix a mistake by adding an event"));

    internal static StreamName StreamOf(string persistenceId) =>
        StreamName.TryParse(persistenceId, out var stream)
            ? stream
            : throw new ArgumentException($"persistence id '{persistenceId}' is not a stream name of the form 'unit/year'", nameof(persistenceId));
}
