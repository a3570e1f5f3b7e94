using System.Diagnostics;

namespace Ledger.Cli.Tests.Faults;

/// <summary>What one run of the CLI did.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Clip(Out)}\nstderr:\n{Clip(Error)}";

    private static string Clip(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}

/// <summary>
/// Starts the built <c>ledger</c> as a process on one store, with a pinned clock so that a run repeated after a
/// kill writes byte for byte the events of a reference run. The fault tests' own copy of what Support's
/// LedgerProcess does, so that they can also hold a running import and kill it.
/// </summary>
public static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static ProcessStartInfo StartInfo(string store, string folder, string? now, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(RepoPaths.LedgerDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["LEDGER_STORE"] = store;
        start.Environment["LEDGER_ACTOR"] = "tester";
        start.Environment.Remove("LEDGER_NOW");
        if (now is not null)
            start.Environment["LEDGER_NOW"] = now;
        return start;
    }

    public static CliResult Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} ran over {Timeout}");
        }
        return new CliResult(process.ExitCode, stdout.Result.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
    }

    public static CliResult Run(string store, string folder, string? now, params string[] args) =>
        Run(StartInfo(store, folder, now, args));
}
