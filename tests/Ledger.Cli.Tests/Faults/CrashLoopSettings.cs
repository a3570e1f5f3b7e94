using System.Globalization;

namespace Ledger.Cli.Tests.Faults;

/// <summary>
/// How long the crash loop runs, from the environment: <c>LEDGER_CRASH_ITERATIONS</c> (default: a pass over the
/// sequence on each store, short enough for CI; <c>scripts/soak --soak</c> runs hundreds), <c>LEDGER_CRASH_SEED</c>
/// (default: new each run; a failure prints it), <c>LEDGER_CRASH_LOG</c> (a file to append one line per
/// iteration to) and <c>LEDGER_CRASH_SUMMARY</c> (a file for the final counts).
/// </summary>
public sealed record CrashLoopSettings(int Iterations, int Seed, string? Log, string? Summary)
{
    public const int DefaultIterations = 6;

    public static CrashLoopSettings FromEnvironment() => new(
        Number("LEDGER_CRASH_ITERATIONS") ?? DefaultIterations,
        Number("LEDGER_CRASH_SEED") ?? Random.Shared.Next(),
        Text("LEDGER_CRASH_LOG"),
        Text("LEDGER_CRASH_SUMMARY"));

    private static int? Number(string name) =>
        Text(name) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    private static string? Text(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}

/// <summary>What the crash loop's kills did, for its summary line.</summary>
public sealed class CrashTally
{
    private readonly Dictionary<string, int> _iterationsByStore = [];
    private readonly Dictionary<KillOutcome, int> _outcomes = [];

    public int Iterations { get; private set; }

    public List<string> Failures { get; } = [];

    public int Count(KillOutcome outcome) => _outcomes.GetValueOrDefault(outcome);

    public int KilledMidImport => Count(KillOutcome.KilledBeforeCommit) + Count(KillOutcome.KilledAfterCommit);

    public void Add(string store, KillOutcome? outcome)
    {
        Iterations++;
        _iterationsByStore[store] = _iterationsByStore.GetValueOrDefault(store) + 1;
        if (outcome is { } done)
            _outcomes[done] = Count(done) + 1;
    }

    public string Summary(int seed, TimeSpan elapsed) =>
        $"crash loop (seed {seed}): {Iterations} iterations ({string.Join(", ", _iterationsByStore.Select(s => $"{s.Key} {s.Value}"))}), "
        + $"{KilledMidImport} kills landed mid-import ({Count(KillOutcome.KilledBeforeCommit)} before the commit, "
        + $"{Count(KillOutcome.KilledAfterCommit)} after it), {Count(KillOutcome.FinishedFirst)} imports finished before their kill, "
        + $"{Failures.Count} failures, {elapsed.TotalSeconds:0} s";
}
