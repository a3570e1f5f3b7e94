using System.Net;
using System.Net.Sockets;
using Akka.Cluster;
using Ledger.Domain.Budget.Commands;
using Ledger.Journal.Writing;
using Ledger.Runtime.Hosting;
using Ledger.Store;
using NodaTime;

namespace Ledger.Runtime.Sharding;

/// <summary>
/// This process as one node of the write cluster: a <see cref="LedgerRuntime"/> whose stream actors are sharded over
/// every node sharing the store (<see cref="ShardedStreams"/>), and the writer that sends each command through the
/// shard region to the node owning its unit-year. Joins on start; disposing leaves the cluster (coordinated
/// shutdown) and stops the actor system. The store stays the caller's. Thread-safe.
/// </summary>
public sealed class ClusterNode : IBudgetWriter, IAsyncDisposable
{
    /// <summary>
    /// Longest wait for a command's answer. Shorter than a single process's: a command forwarded to a node that dies
    /// gets no answer, and the caller should learn that (and retry elsewhere: writes are idempotent) within seconds.
    /// </summary>
    public static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(10);

    private readonly LedgerRuntime _runtime;
    private readonly Cluster _cluster;

    private ClusterNode(LedgerRuntime runtime)
    {
        _runtime = runtime;
        _cluster = Cluster.Get(runtime.System);
    }

    /// <summary>The address other nodes reach this one at, e.g. <c>akka.tcp://ledger@127.0.0.1:25521</c>.</summary>
    public string Address => _cluster.SelfAddress.ToString();

    /// <param name="clock">Stamps each command as its stream actor decides it: a command queued behind another is not a
    /// write from the past, and a node whose clock lags the stream's last instant is refused.</param>
    /// <exception cref="ClusterStartException">The cluster port is taken by another process.</exception>
    public static async Task<ClusterNode> StartAsync(IEventStore store, ClusterOptions cluster, IClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        CheckPortIsFree(cluster);
        var options = RuntimeOptions.ForStore(store) with { Cluster = cluster, Clock = clock, AskTimeout = AskTimeout };
        return new ClusterNode(await LedgerRuntime.StartAsync(options, ct).ConfigureAwait(false));
    }

    /// <summary>Whether this node is up, and how many members are up and unreachable, as this node sees it now.</summary>
    public ClusterStatus Status()
    {
        var state = _cluster.State;
        return new ClusterStatus(
            _cluster.SelfMember.Status == MemberStatus.Up,
            state.Members.Count(m => m.Status == MemberStatus.Up),
            state.Unreachable.Count);
    }

    /// <inheritdoc cref="LedgerRuntime.SendAsync"/>
    public Task<WriteOutcome> WriteAsync(BudgetCommand command, CancellationToken ct) => _runtime.SendAsync(command, ct);

    public ValueTask DisposeAsync() => _runtime.DisposeAsync();

    /// <summary>
    /// Akka's transport reports a taken port as a logged stack trace and an aggregate exception; trying the port first
    /// turns the usual case (a second node started with the same --akka-port) into one sentence.
    /// </summary>
    private static void CheckPortIsFree(ClusterOptions cluster)
    {
        if (cluster.Port == 0 || !IPAddress.TryParse(cluster.Hostname, out var address))
            return;
        try
        {
            using var probe = new TcpListener(address, cluster.Port);
            probe.Start();
        }
        catch (SocketException e)
        {
            throw new ClusterStartException($"cannot take the cluster port {cluster.Hostname}:{cluster.Port}: {e.Message}", e);
        }
    }
}

/// <summary>This process could not become a cluster node (its cluster port is taken); nothing was started.</summary>
public sealed class ClusterStartException(string message, Exception inner) : Exception(message, inner);

/// <summary>A cluster node's view of the cluster; <see cref="ToString"/> is the line <c>/health</c> answers.</summary>
public sealed record ClusterStatus(bool Up, int Members, int Unreachable)
{
    /// <summary><c>up members=3 unreachable=0</c>, or <c>joining …</c> until this node is up.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{(Up ? "up" : "joining")} members={Members} unreachable={Unreachable}");
}
