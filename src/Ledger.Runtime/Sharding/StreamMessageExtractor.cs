using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Akka.Cluster.Sharding;
using Ledger.Runtime.Streams;

namespace Ledger.Runtime.Sharding;

/// <summary>
/// Routes <see cref="StreamCommand"/>s under Akka.Cluster.Sharding: the entity id is the stream name
/// (<c>unit/year</c>, also the persistence id), the shard id a hash of it modulo <see cref="ShardCount"/>.
/// The hash is SHA-256 of the UTF-8 name, so every process on every machine agrees (string.GetHashCode
/// differs between processes). The message is delivered unwrapped. Stateless; thread-safe.
/// </summary>
public sealed class StreamMessageExtractor : IMessageExtractor
{
    public StreamMessageExtractor(int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        ShardCount = shardCount;
    }

    /// <summary>Number of shards; change it only with every node stopped, since it moves streams between shards.</summary>
    public int ShardCount { get; }

    public string? EntityId(object message) => message is StreamCommand command ? command.Stream.Value : null;

    public object? EntityMessage(object message) => message;

    public string? ShardId(object message) => EntityId(message) is { } id ? ShardOf(id) : null;

    public string ShardId(string entityId, object? messageHint = null) => ShardOf(entityId);

    /// <summary>The shard of a stream name: stable across processes, runtimes and machines.</summary>
    public string ShardOf(string entityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(entityId), hash);
        var value = BinaryPrimitives.ReadUInt32BigEndian(hash);
        return (value % (uint)ShardCount).ToString(CultureInfo.InvariantCulture);
    }
}
