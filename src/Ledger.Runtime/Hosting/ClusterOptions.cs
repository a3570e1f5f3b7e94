namespace Ledger.Runtime.Hosting;

/// <summary>
/// Cluster mode: this node's address, the seed nodes to join (none: form a one-node cluster with itself), and the
/// number of shards (the same on every node).
/// </summary>
public sealed record ClusterOptions(string Hostname = "127.0.0.1", int Port = 0, IReadOnlyList<string>? SeedNodes = null, int ShardCount = 64);
