using BenchmarkDotNet.Attributes;
using Ledger.Application.Maintenance;
using Ledger.Benchmarks.Data;
using Ledger.Domain.Events;
using Ledger.Journal;
using Ledger.Projections.Journal;
using Ledger.Store;
using Ledger.Store.Sqlite;

namespace Ledger.Benchmarks.Replay;

/// <summary>
/// Replay of the whole journal (what <c>ledger replay</c> does) against two baselines measured in the same run:
/// a raw read loop of the same rows with plain Microsoft.Data.Sqlite (the floor the store sets), and folding the
/// same events already decoded in memory (the floor the projections set). One operation = the whole journal.
/// </summary>
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    private SqliteEventStore _store = null!;
    private List<EventEnvelope> _decoded = null!;
    private List<byte[]> _payloads = null!;

    [ParamsSource(nameof(Journals))]
    public long Events { get; set; }

    public static IEnumerable<long> Journals() => Sizes.InMemory;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _store = await SqliteEventStore.OpenAsync(BenchData.PathFor(Events), CancellationToken.None);
        _payloads = [];
        await foreach (var batch in ((IEventStore)_store).ReadPayloadsAsync(GlobalPosition.Start, CancellationToken.None))
        {
            using (batch)
            {
                for (var i = 0; i < batch.Count; i++)
                    _payloads.Add(batch.Payload(i).ToArray());
            }
        }
        _decoded = _payloads.Select((p, i) => LedgerJournal.Decode(i + 1, p)).ToList();
    }

    [GlobalCleanup]
    public ValueTask CleanUpAsync() => _store.DisposeAsync();

    [Benchmark(Baseline = true, Description = "raw read loop (Microsoft.Data.Sqlite)")]
    public long RawReadLoop() => RawRows.ReadAll(BenchData.PathFor(Events));

    [Benchmark(Description = "in-memory fold (decoded events)")]
    public long InMemoryFold()
    {
        var projection = new JournalProjection();
        for (var i = 0; i < _decoded.Count; i++)
            projection.Apply(i + 1, _decoded[i]);
        return projection.EventsApplied;
    }

    [Benchmark(Description = "in-memory decode + fold (payload bytes)")]
    public long InMemoryDecodeAndFold()
    {
        var projection = new JournalProjection();
        for (var i = 0; i < _payloads.Count; i++)
            projection.Apply(i + 1, LedgerJournal.Decode(i + 1, _payloads[i]));
        return projection.EventsApplied;
    }

    [Benchmark(Description = "replay (ledger replay)")]
    public async Task<long> Replay() => (await Ledger.Application.Maintenance.Replay.RunAsync(_store, null, CancellationToken.None)).Events;
}
