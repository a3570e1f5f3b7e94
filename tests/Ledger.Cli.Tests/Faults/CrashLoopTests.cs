using System.Diagnostics;

namespace Ledger.Cli.Tests.Faults;

/// <summary>
/// SIGKILLs the CLI at random moments of large imports, over and over, alternating SQLite and PostgreSQL (where
/// the test server is given). Each kill must leave whole imports only: the chain verifies and the journal is the
/// journal of a run without kills, up to the end of an import. The killed import then runs again to the end, and
/// after the whole sequence the tables equal the reference's. <c>scripts/soak --soak</c> runs it for hundreds of
/// iterations; the kill moments come from a seeded Random (the seed is in the summary and in every failure).
/// </summary>
public sealed class CrashLoopTests : IDisposable
{
    // Failures past this many are the same failure again; stop rather than spend the soak on it.
    private const int MaxFailures = 10;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ledger-tests", "crash-" + Guid.NewGuid().ToString("N"));

    public CrashLoopTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a test must not fail over it.
        }
    }

    [Fact]
    public void Imports_killed_at_random_moments_leave_whole_imports_and_complete_when_run_again()
    {
        var settings = CrashLoopSettings.FromEnvironment();
        var clock = Stopwatch.StartNew();
        var steps = CrashScenario.Write(_folder);
        var reference = CrashReference.Run(steps, _folder);
        StoreKind[] kinds = TestServer.IsGiven ? [StoreKind.Sqlite, StoreKind.Postgres] : [StoreKind.Sqlite];
        var tracks = kinds.Select(kind => new CrashTrack(kind, _folder, steps, reference)).ToList();
        var random = new Random(settings.Seed);
        var tally = new CrashTally();
        try
        {
            for (var i = 0; i < settings.Iterations && tally.Failures.Count < MaxFailures; i++)
            {
                var track = tracks[i % tracks.Count];
                var step = steps[track.Step];
                // Up to a tenth past the import's usual length, so that some kills come after the commit or after the end.
                var delay = TimeSpan.FromMilliseconds(random.NextDouble() * 1.1 * track.NextDuration.TotalMilliseconds);
                var what = $"iteration {i + 1} of {settings.Iterations} on {track.Kind}: {step.Name} killed after {delay.TotalMilliseconds:0} ms";
                try
                {
                    var (outcome, rerun) = track.KillAfter(delay);
                    tally.Add(track.Kind, outcome);
                    Log(settings, $"{what}: {Describe(outcome)}; the rerun appended {rerun} events");
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    tally.Add(track.Kind, null);
                    tally.Failures.Add($"{what}: {e.Message}");
                    Log(settings, $"{what}: FAILED: {e.Message}");
                    track.Reset();
                }
            }
            foreach (var track in tracks)
            {
                try
                {
                    track.Finish();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    tally.Failures.Add($"finishing the sequence on {track.Kind}: {e.Message}");
                }
            }
        }
        finally
        {
            tracks.ForEach(track => track.Dispose());
        }

        var summary = tally.Summary(settings.Seed, clock.Elapsed);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        if (settings.Summary is { } file)
            File.WriteAllText(file, summary + "\n");
        Assert.True(tally.Failures.Count == 0,
            $"{summary}\nrerun with LEDGER_CRASH_SEED={settings.Seed}\n{string.Join("\n", tally.Failures)}");
    }

    private static string Describe(KillOutcome outcome) => outcome switch
    {
        KillOutcome.FinishedFirst => "the import had finished",
        KillOutcome.KilledBeforeCommit => "killed mid-import, the journal holds none of it",
        KillOutcome.KilledAfterCommit => "killed mid-import after the commit, the journal holds all of it",
        _ => throw new UnreachableException(),
    };

    private static void Log(CrashLoopSettings settings, string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        if (settings.Log is { } file)
            File.AppendAllText(file, line + "\n");
    }
}
