using System.Diagnostics;

namespace Ledger.Cli.Tests.Faults;

/// <summary>
/// The crash loop's sequence of imports run once without kills: how many events each import appends, how long
/// it takes, the journal afterwards (as exported) and the tables. A killed run must match a prefix of it.
/// </summary>
public sealed record CrashReference(IReadOnlyList<int> Appended, IReadOnlyList<TimeSpan> Durations, string[] Export, IReadOnlyList<string> Tables)
{
    /// <summary>Events in the journal before step <paramref name="step"/> (the whole sequence for Appended.Count).</summary>
    public int Before(int step) => Appended.Take(step).Sum();

    public static CrashReference Run(IReadOnlyList<ImportStep> steps, string parent)
    {
        using var store = new LedgerProcess(StoreKind.Sqlite, parent);
        var appended = new List<int>();
        var durations = new List<TimeSpan>();
        foreach (var step in steps)
        {
            var clock = Stopwatch.StartNew();
            var run = store.RunAt(step.Now, [.. step.Args]);
            durations.Add(clock.Elapsed);
            Assert.True(run.ExitCode == 0, $"reference run of the {step.Name}: {run}");
            appended.Add(ImportStep.Appended(run));
        }
        var export = store.ExportedEvents();
        Assert.Equal(appended.Sum(), export.Length);
        return new CrashReference(appended, durations, export, TablesOf(store));
    }

    public static IReadOnlyList<string> TablesOf(LedgerProcess store) =>
        CrashScenario.Tables.Select(table =>
        {
            var run = store.Run(table);
            Assert.True(run.ExitCode == 0, $"ledger {string.Join(' ', table)} on {store.Kind}: {run}");
            return run.Out;
        }).ToList();
}
