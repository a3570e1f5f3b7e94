using Ledger.Benchmarks.Data;
using Ledger.Store;
using Ledger.Store.Sqlite;

namespace Ledger.Benchmarks.Append;

/// <summary>
/// The events the append benchmarks write: the first <see cref="Count"/> events of the smallest generated
/// journal, in their original appends (consecutive events of one stream, at most <see cref="MaxBatch"/> a batch).
/// </summary>
public sealed record AppendSource(IReadOnlyList<(StreamName Stream, EventData[] Events)> Batches)
{
    public const int Count = 100_000;
    public const int MaxBatch = 1_000;

    public int Events => Batches.Sum(b => b.Events.Length);

    public static async Task<AppendSource> LoadAsync(CancellationToken ct)
    {
        await using var store = await SqliteEventStore.OpenAsync(BenchData.PathFor(Sizes.Smallest), ct);
        var batches = new List<(StreamName, EventData[])>();
        var current = new List<EventData>();
        StreamName? stream = null;
        await foreach (var e in store.ReadAllAsync(GlobalPosition.Start, ct))
        {
            if (e.Position.Value > Count)
                break;
            if (stream != e.Stream || current.Count == MaxBatch)
            {
                if (stream is { } previous)
                    batches.Add((previous, [.. current]));
                (stream, current) = (e.Stream, []);
            }
            current.Add(new EventData(e.EventId, e.EventType, e.Payload.ToArray()));
        }
        if (stream is { } last)
            batches.Add((last, [.. current]));
        return new AppendSource(batches);
    }
}
