using System.Diagnostics;
using Ledger.Generating;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Store.Sqlite;

namespace Ledger.Benchmarks.Data;

/// <summary>
/// Generated journals of a given size for the benchmarks, made once by <c>ledger gen</c>'s generator and kept in
/// <see cref="Directory"/> (<c>LEDGER_BENCH_DATA</c>, default <c>.bench/</c> at the repository root). A journal of
/// "size N" is the smallest number of whole units whose events reach N, so sizes are approximate.
/// </summary>
public static class BenchData
{
    public const ulong Seed = 2026;

    public static string Directory { get; } =
        Environment.GetEnvironmentVariable("LEDGER_BENCH_DATA") is { Length: > 0 } dir ? dir : Path.Combine(RepoRoot(), ".bench");

    public static string PathFor(long events) => Path.Combine(Directory, $"gen-{events}.db");

    /// <summary>Makes the journal of about <paramref name="events"/> events unless it is already there.</summary>
    public static async Task EnsureAsync(long events, TextWriter log, CancellationToken ct)
    {
        var path = PathFor(events);
        var done = path + ".done";
        if (File.Exists(done))
            return;
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var stale in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(stale);
        var perUnit = await EventsPerUnitAsync(ct);
        var units = (int)Math.Ceiling(events / perUnit);
        log.WriteLine($"bench data: generating ~{events:N0} events ({units:N0} units, about {perUnit:N0} events each) into {path}");
        var clock = Stopwatch.StartNew();
        await using var store = await SqliteEventStore.OpenAsync(path, ct);
        var progress = new Progress<GenProgress>(p =>
        {
            if (p.UnitYearsDone % 500 == 0)
                log.WriteLine($"  {p.UnitYearsDone:N0}/{p.UnitYearsTotal:N0} unit-years, {p.EventsAppended:N0} events, {p.EventsPerSecond:N0} events/s");
        });
        var outcome = await new GenRun(new DirectBudgetWriter(new LedgerJournal(store))).RunAsync(new GenSpec(units, 1, Seed), 2, progress, ct);
        log.WriteLine($"bench data: {outcome.EventsAppended:N0} events in {clock.Elapsed.TotalSeconds:F0} s");
        await File.WriteAllTextAsync(done, outcome.EventsAppended.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
    }

    /// <summary>Events actually in the journal of <paramref name="events"/>.</summary>
    public static long ActualEvents(long events) => long.Parse(File.ReadAllText(PathFor(events) + ".done"), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<double> EventsPerUnitAsync(CancellationToken ct)
    {
        const int probeUnits = 20;
        var probe = await new GenRun(new DirectBudgetWriter(new LedgerJournal(new Ledger.Store.InMemoryEventStore())))
            .RunAsync(new GenSpec(probeUnits, 1, Seed), 1, null, ct);
        return (double)probe.EventsAppended / probeUnits;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ledger.sln")))
                return dir.FullName;
        }
        return System.IO.Directory.GetCurrentDirectory();
    }
}
