using Akka.Actor;
using Ledger.Domain.Budget.Commands;
using Ledger.Journal.Writing;
using Ledger.Runtime.Journal;
using Ledger.Runtime.Sharding;
using Ledger.Runtime.Streams;
using Ledger.Store;

namespace Ledger.Runtime.Hosting;

/// <summary>
/// The write side of the ledger: an actor system whose persistent actors, one per unit-year, decide every command
/// and append its events through the ledger journal plugin. <see cref="SendAsync"/> routes a command to its
/// stream's actor (a local parent, or the shard region in cluster mode) and waits a bounded time for the answer.
/// Thread-safe. Dispose after the last <see cref="SendAsync"/> has returned: it stops the actors and closes the store
/// the runtime opened.
/// </summary>
public sealed class LedgerRuntime : IAsyncDisposable
{
    private readonly IActorRef _streams;
    private readonly RuntimeOptions _options;
    private readonly JournalStores.Registration _registration;
    private readonly IEventStore? _ownedStore;
    private int _disposed;

    private LedgerRuntime(ActorSystem system, IActorRef streams, RuntimeOptions options, JournalStores.Registration registration, IEventStore? ownedStore)
    {
        System = system;
        _streams = streams;
        _options = options;
        _registration = registration;
        _ownedStore = ownedStore;
    }

    /// <summary>The actor system, for hosting more actors or for tests.</summary>
    public ActorSystem System { get; }

    /// <remarks>A store URI that names no store fails with whatever <see cref="RuntimeOptions.OpenStore"/> throws.</remarks>
    public static async Task<LedgerRuntime> StartAsync(RuntimeOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ConflictRetryTime, TimeSpan.Zero);
        var owned = options.Store is null
            ? await OpenAsync(options, ct).ConfigureAwait(false)
            : null;
        var registration = JournalStores.Register(options.Store ?? owned!);
        ActorSystem? system = null;
        try
        {
            system = ActorSystem.Create(options.SystemName, RuntimeConfig.Build(registration.Uri, options.Cluster, options.LogLevel));
            var streams = options.Cluster is { } cluster
                ? await StartShardedAsync(system, cluster, options).ConfigureAwait(false)
                : system.ActorOf(BudgetStreams.Props(LocalSettings(options.IdleTimeout) with { Clock = options.Clock }), "streams");
            return new LedgerRuntime(system, streams, options, registration, owned);
        }
        catch
        {
            if (system is not null)
                await system.Terminate().ConfigureAwait(false);
            registration.Dispose();
            if (owned is not null)
                await owned.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static Task<IEventStore> OpenAsync(RuntimeOptions options, CancellationToken ct)
    {
        var uri = options.StoreUri ?? throw new ArgumentException("give a store URI or a store", nameof(options));
        var open = options.OpenStore ?? throw new ArgumentException("give a store factory (OpenStore) to open a store URI", nameof(options));
        return open(uri, ct);
    }

    /// <summary>
    /// Has the command decided by its stream's actor and its events appended in one transaction. When another writer
    /// appended to the stream first (another process: each has its own actor), the actor reloads the stream and the
    /// command is decided again after a jittered backoff, for up to <see cref="RuntimeOptions.ConflictRetryTime"/>.
    /// Cancelling stops the wait, not necessarily the write.
    /// </summary>
    /// <exception cref="WrongExpectedVersionException">Other writers kept winning for the whole retry time; nothing of this command was written.</exception>
    /// <exception cref="TimeoutException">No answer within <see cref="RuntimeOptions.AskTimeout"/>; the write may or may not have happened (a retry is safe: ids are content-derived).</exception>
    /// <exception cref="StreamUnavailableException">The stream could not be read (see the inner exception).</exception>
    public async Task<WriteOutcome> SendAsync(BudgetCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var message = new StreamCommand(command);
        var retry = new ConflictRetry(_options.ConflictRetryTime);
        while (true)
        {
            try
            {
                return await _streams.Ask<WriteOutcome>(message, _options.AskTimeout, ct).ConfigureAwait(false);
            }
            catch (WrongExpectedVersionException conflict)
            {
                // The actor restarts and reloads the stream meanwhile; the command is decided again on what it holds then.
                if (!await retry.WaitAsync(conflict.ActualVersion, ct).ConfigureAwait(false))
                    throw;
            }
            catch (AskTimeoutException e)
            {
                throw new TimeoutException($"no answer for '{message.Stream}' within {_options.AskTimeout.TotalSeconds:0} s; the command may or may not have been written", e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        // Runs coordinated shutdown (a cluster node leaves the cluster first). An append already handed to the
        // store still completes: the store waits for it before it closes below.
        await System.Terminate().ConfigureAwait(false);
        _registration.Dispose();
        if (_ownedStore is not null)
            await _ownedStore.DisposeAsync().ConfigureAwait(false);
    }

    private static StreamActorSettings LocalSettings(TimeSpan? idleTimeout) =>
        new(RuntimeConfig.JournalPluginId, idleTimeout, PassivateStream.Instance, ReportFailureToParent: true);

    private static async Task<IActorRef> StartShardedAsync(ActorSystem system, ClusterOptions cluster, RuntimeOptions options)
    {
        ShardedStreams.Join(system, cluster.SeedNodes ?? []);
        return await ShardedStreams.StartRegionAsync(system, RuntimeConfig.JournalPluginId, options.IdleTimeout, cluster.ShardCount, options.Clock)
            .ConfigureAwait(false);
    }
}
