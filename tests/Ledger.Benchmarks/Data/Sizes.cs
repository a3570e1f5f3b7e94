using System.Globalization;

namespace Ledger.Benchmarks.Data;

/// <summary>
/// Journal sizes the suite measures, from <c>LEDGER_BENCH_SIZES</c> (comma-separated event counts). The short run
/// of <c>scripts/bench</c> uses 100,000 and 1,000,000; <c>scripts/bench --full</c> adds 10,000,000.
/// </summary>
public static class Sizes
{
    public static IReadOnlyList<long> All { get; } =
        (Environment.GetEnvironmentVariable("LEDGER_BENCH_SIZES") ?? "100000,1000000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.Parse(s, CultureInfo.InvariantCulture))
            .Order()
            .ToList();

    /// <summary>Sizes small enough to also hold decoded in memory for the in-memory baselines.</summary>
    public static IEnumerable<long> InMemory => All.Where(s => s <= 2_000_000);

    public static long Largest => All[^1];

    public static long Smallest => All[0];
}
