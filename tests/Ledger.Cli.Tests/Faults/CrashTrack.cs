using System.Diagnostics;

namespace Ledger.Cli.Tests.Faults;

/// <summary>What a kill did to the import it was aimed at.</summary>
public enum KillOutcome
{
    /// <summary>The import finished before the kill came: no kill landed.</summary>
    FinishedFirst,

    /// <summary>Killed mid-import before its transaction committed: the journal holds none of it.</summary>
    KilledBeforeCommit,

    /// <summary>Killed mid-import after the commit (while the runtime shut down): the journal holds all of it.</summary>
    KilledAfterCommit,
}

/// <summary>
/// One store on which the crash loop works through <see cref="CrashScenario"/>: each call kills the next import
/// at a given moment, checks the journal, then runs the import again to the end. After the last import the
/// journal and the tables must equal the reference; then it starts over on a fresh store.
/// </summary>
public sealed class CrashTrack(StoreKind kind, string parent, IReadOnlyList<ImportStep> steps, CrashReference reference) : IDisposable
{
    private readonly TimeSpan[] _durations = [.. reference.Durations];
    private LedgerProcess _store = new(kind, parent);

    /// <summary>"sqlite" or "postgres", as the summary names the store.</summary>
    public string Kind => kind == StoreKind.Sqlite ? "sqlite" : "postgres";

    /// <summary>The index of the import the next kill is aimed at.</summary>
    public int Step { get; private set; }

    /// <summary>How long the next import ran when it last ran to the end on this kind of store.</summary>
    public TimeSpan NextDuration => _durations[Step];

    /// <summary>Starts the next import, SIGKILLs it after <paramref name="delay"/>, and checks what it left.</summary>
    public (KillOutcome Outcome, int Rerun) KillAfter(TimeSpan delay)
    {
        var step = steps[Step];
        var killed = StartAndKill(step, delay);

        // The journal must be whole: the hash chain verifies and holds the events of the imports before this one,
        // with or without all of this one. (Their content is compared with the reference's at the end of the sequence:
        // exporting after every kill would double the loop's time.)
        var verify = _store.Run("verify");
        Assert.True(verify.ExitCode == 0 && VerifiedEvents(verify) is not null, $"ledger verify after the kill: {verify}");
        var stored = VerifiedEvents(verify)!.Value;
        var before = reference.Before(Step);
        var after = reference.Before(Step + 1);
        Assert.True(stored == before || stored == after,
            $"{stored} events in the journal after the kill: neither the {before} before the import nor the {after} after it, so part of an import was stored");
        Assert.True(killed || stored == after, $"the import ended by itself, yet the journal holds {stored} events, not {after}");

        // Running the import again completes it, once.
        var clock = Stopwatch.StartNew();
        var rerun = _store.RunAt(step.Now, [.. step.Args]);
        Assert.True(rerun.ExitCode == 0, $"the {step.Name} run again after the kill: {rerun}");
        var appended = ImportStep.Appended(rerun);
        var missing = after - stored;
        Assert.True(appended == missing, $"the {step.Name} run again appended {appended} events; the journal lacked {missing}");
        if (missing > 0)
            _durations[Step] = clock.Elapsed;

        Step++;
        if (Step == steps.Count)
        {
            CompareWithReference();
            Reset();
        }
        var outcome = !killed ? KillOutcome.FinishedFirst : missing > 0 ? KillOutcome.KilledBeforeCommit : KillOutcome.KilledAfterCommit;
        return (outcome, appended);
    }

    /// <summary>Runs the imports the loop did not reach, without kills, and compares the journal and tables with the reference.</summary>
    public void Finish()
    {
        if (Step == 0)
            return;
        for (; Step < steps.Count; Step++)
        {
            var run = _store.RunAt(steps[Step].Now, [.. steps[Step].Args]);
            Assert.True(run.ExitCode == 0, $"the {steps[Step].Name}, run to finish the sequence: {run}");
        }
        CompareWithReference();
        Reset();
    }

    /// <summary>Starts over on a fresh, empty store (after the whole sequence, or after a failure left this one in doubt).</summary>
    public void Reset()
    {
        _store.Dispose();
        _store = new LedgerProcess(kind, parent);
        Step = 0;
    }

    public void Dispose() => _store.Dispose();

    /// <returns>Whether the kill came before the process ended by itself.</returns>
    private bool StartAndKill(ImportStep step, TimeSpan delay)
    {
        using var process = Process.Start(_store.StartInfo(step.Now, step.Args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (process.WaitForExit(delay))
        {
            process.WaitForExit();
            var run = ProcessRunner.Finished(process, stdout.Result, stderr.Result);
            Assert.True(run.ExitCode == 0, $"the {step.Name} failed before the kill: {run}");
            return false;
        }
        // SIGKILL: no handler runs, no transaction is rolled back by the process itself.
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return true;
    }

    private void CompareWithReference()
    {
        var journal = _store.ExportedEvents();
        Assert.True(journal.Length == reference.Export.Length, $"after the whole sequence the journal holds {journal.Length} events, the reference {reference.Export.Length}");
        if (FirstDifference(journal, reference.Export) is { } line)
            Assert.Fail($"after the whole sequence the journal differs from the reference at event {line + 1}:\n  stored:    {Clip(journal[line])}\n  reference: {Clip(reference.Export[line])}");
        var tables = CrashReference.TablesOf(_store);
        for (var i = 0; i < tables.Count; i++)
            Assert.True(tables[i] == reference.Tables[i], $"ledger {string.Join(' ', CrashScenario.Tables[i])} differs from the reference run");
    }

    /// <summary>N of "ok: N events, hash chain intact".</summary>
    private static int? VerifiedEvents(LedgerRun verify)
    {
        var match = System.Text.RegularExpressions.Regex.Match(verify.Out, @"^ok: (\d+) events, hash chain intact", System.Text.RegularExpressions.RegexOptions.Multiline);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static int? FirstDifference(string[] journal, string[] reference)
    {
        for (var i = 0; i < journal.Length; i++)
        {
            if (i >= reference.Length || journal[i] != reference[i])
                return i;
        }
        return null;
    }

    private static string Clip(string line) => line.Length <= 300 ? line : line[..300] + "…";
}
