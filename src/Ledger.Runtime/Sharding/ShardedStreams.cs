using Akka.Actor;
using Akka.Cluster.Sharding;
using Ledger.Runtime.Streams;
using Ledger.Store;

namespace Ledger.Runtime.Sharding;

/// <summary>
/// Starts the shard region of the stream actors (cluster mode): one <see cref="BudgetStreamActor"/> per stream
/// across the cluster, placed by <see cref="StreamMessageExtractor"/>. Kept apart from the local path so a
/// single-process runtime never loads the cluster assemblies.
/// </summary>
public static class ShardedStreams
{
    /// <summary>Name of the entity type, the same on every node.</summary>
    public const string TypeName = "budget-stream";

    /// <param name="clock">The clock the actors stamp commands with as they decide them; null keeps the commands' own instants.</param>
    public static Task<IActorRef> StartRegionAsync(
        ActorSystem system, string journalPluginId, TimeSpan? idleTimeout, int shardCount, NodaTime.IClock? clock = null)
    {
        var settings = new StreamActorSettings(journalPluginId, idleTimeout, new Passivate(StopStream.Instance), ReportFailureToParent: false)
        {
            Clock = clock,
        };
        return ClusterSharding.Get(system).StartAsync(
            TypeName,
            entityId => BudgetStreamActor.Props(StreamName.Parse(entityId), settings),
            ClusterShardingSettings.Create(system),
            new StreamMessageExtractor(shardCount));
    }

    /// <summary>Joins the given seed nodes, or this node itself when there are none (a one-node cluster).</summary>
    public static void Join(ActorSystem system, IReadOnlyList<string> seedNodes)
    {
        var cluster = Akka.Cluster.Cluster.Get(system);
        if (seedNodes.Count == 0)
            cluster.Join(cluster.SelfAddress);
        else
            cluster.JoinSeedNodes(seedNodes.Select(Address.Parse));
    }
}
