using BenchmarkDotNet.Attributes;
using Ledger.Application.Tables;
using Ledger.Benchmarks.Data;
using Ledger.Journal;
using Ledger.Projections;
using Ledger.Store;
using Ledger.Store.Sqlite;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Ledger.Benchmarks.Tables;

/// <summary>
/// The "sebelum / setelah perubahan" table of one unit-year as of 30 June (Triwulan II), with the whole generated
/// journal in the store, against the raw read of the same stream's rows in the same run. Every operation is one
/// query for the next unit-year of a fixed rotation through the journal, so percentiles are per query.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[WarmupCount(20)]
[IterationCount(300)]
public class AsOfTableBenchmarks
{
    private const int Rotation = 500;

    private SqliteEventStore _store = null!;
    private BudgetQueries _queries = null!;
    private List<StreamName> _streams = null!;
    private int _next;

    [ParamsSource(nameof(Journals))]
    public long Events { get; set; }

    public static IEnumerable<long> Journals() => Sizes.All.Where(s => s >= 1_000_000).DefaultIfEmpty(Sizes.Largest).Distinct();

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _store = await SqliteEventStore.OpenAsync(BenchData.PathFor(Events), CancellationToken.None);
        _queries = new BudgetQueries(new LedgerJournal(_store));
        _streams = StreamsSpreadOverTheJournal();
    }

    [GlobalCleanup]
    public ValueTask CleanUpAsync() => _store.DisposeAsync();

    [Benchmark(Baseline = true, Description = "raw read of the stream's rows")]
    public long RawStreamRead() => RawRows.ReadStream(BenchData.PathFor(Events), Next().Value);

    [Benchmark(Description = "perubahan table as of 30 June")]
    public async Task<int> PerubahanAsOf()
    {
        var stream = Next();
        var slice = new TimeSlice(new LocalDate(stream.FiscalYear, 6, 30), null);
        var table = await _queries.PerubahanAsync(stream.Unit, stream.FiscalYear, null, null, slice, CancellationToken.None);
        return Ledger.Application.Tables.PerubahanSheet.From(table).Rows.Count;
    }

    private StreamName Next() => _streams[_next++ % _streams.Count];

    /// <summary>Unit-years from every part of the journal, so no query finds its pages warm from the one before.</summary>
    private List<StreamName> StreamsSpreadOverTheJournal()
    {
        using var connection = new SqliteConnection($"Data Source={BenchData.PathFor(Events)};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT stream FROM events WHERE version = 0 ORDER BY position;";
        using var reader = command.ExecuteReader();
        var all = new List<StreamName>();
        while (reader.Read())
            all.Add(StreamName.Parse(reader.GetString(0)));
        var step = Math.Max(1, all.Count / Rotation);
        // A stride coprime with the count visits them out of order.
        return [.. Enumerable.Range(0, Math.Min(Rotation, all.Count)).Select(i => all[(int)((long)i * step * 7919 % all.Count)])];
    }
}
