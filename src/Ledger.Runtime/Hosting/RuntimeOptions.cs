using Ledger.Journal.Writing;
using Ledger.Store;

namespace Ledger.Runtime.Hosting;

/// <summary>
/// How to start a <see cref="LedgerRuntime"/>: which store to write to (a URI the runtime opens and closes, or a
/// store the caller opened and keeps), how long to wait for an answer, when idle stream actors stop, and whether
/// to join a cluster. Immutable.
/// </summary>
public sealed record RuntimeOptions
{
    /// <summary>A store URI (<c>sqlite:PATH</c>, <c>memory:</c>, …) the runtime opens with <see cref="OpenStore"/> and closes.</summary>
    public string? StoreUri { get; init; }

    /// <summary>
    /// Opens <see cref="StoreUri"/>: the composition root's store factory (<c>EventStores.OpenAsync</c>), passed in
    /// because the runtime knows the store port only, never a concrete store.
    /// </summary>
    public Func<string, CancellationToken, Task<IEventStore>>? OpenStore { get; init; }

    /// <summary>An open store to write to instead; the runtime does not dispose it.</summary>
    public IEventStore? Store { get; init; }

    /// <summary>Longest wait for one command's answer (deciding and appending included).</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A stream actor with no command for this long stops (its state is rebuilt on the next command); null: never.</summary>
    public TimeSpan? IdleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a command keeps being decided again (with jittered backoff) while other writers append to its stream first.</summary>
    public TimeSpan ConflictRetryTime { get; init; } = ConflictRetry.DefaultBudget;

    /// <summary>Actor system name; nodes of one cluster must share it.</summary>
    public string SystemName { get; init; } = "ledger";

    /// <summary>Akka's log level (to standard error): OFF, ERROR, WARNING (default), INFO or DEBUG.</summary>
    public string LogLevel { get; init; } = "WARNING";

    /// <summary>
    /// The clock stream actors stamp commands with when they decide them (see <see cref="Streams.StreamActorSettings.Clock"/>);
    /// null keeps the instant each command carries (generated data, tests).
    /// </summary>
    public NodaTime.IClock? Clock { get; init; }

    /// <summary>Null: one process, no remoting. Otherwise the stream actors are sharded over the cluster.</summary>
    public ClusterOptions? Cluster { get; init; }

    /// <summary>Options that open <paramref name="storeUri"/> with <paramref name="openStore"/>, and close it on dispose.</summary>
    public static RuntimeOptions ForUri(string storeUri, Func<string, CancellationToken, Task<IEventStore>> openStore) =>
        new() { StoreUri = storeUri, OpenStore = openStore };

    public static RuntimeOptions ForStore(IEventStore store) => new() { Store = store };
}
