using BenchmarkDotNet.Attributes;
using Ledger.Benchmarks.Data;
using Ledger.Store;
using Ledger.Store.Sqlite;

namespace Ledger.Benchmarks.Replay;

/// <summary>
/// Replay of journals too large to also hold decoded in memory (10 million events), against the raw read loop
/// of the same rows in the same run.
/// </summary>
[MemoryDiagnoser]
public class LargeReplayBenchmarks
{
    private SqliteEventStore _store = null!;

    [ParamsSource(nameof(Journals))]
    public long Events { get; set; }

    public static IEnumerable<long> Journals() => Sizes.All.Except(Sizes.InMemory);

    [GlobalSetup]
    public async Task SetUpAsync() => _store = await SqliteEventStore.OpenAsync(BenchData.PathFor(Events), CancellationToken.None);

    [GlobalCleanup]
    public ValueTask CleanUpAsync() => _store.DisposeAsync();

    [Benchmark(Baseline = true, Description = "raw read loop (Microsoft.Data.Sqlite)")]
    public long RawReadLoop() => RawRows.ReadAll(BenchData.PathFor(Events));

    [Benchmark(Description = "replay (ledger replay)")]
    public async Task<long> Replay() => (await Ledger.Application.Maintenance.Replay.RunAsync(_store, null, CancellationToken.None)).Events;
}
