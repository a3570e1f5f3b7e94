using System.Diagnostics;

namespace Ledger.Testing.Processes;

/// <summary>
/// Runs a started process to its end and keeps what it wrote. Both streams are read while it runs (a full pipe would
/// block it), and a process that outlives the timeout is killed with its children and fails the test.
/// </summary>
public static class ProcessRunner
{
    /// <summary>Long enough for the crash loop's largest import on a loaded machine; only a hung process reaches it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static LedgerRun Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Describe(start)} ran over {Timeout}");
        }
        return Finished(process, stdout.Result, stderr.Result);
    }

    public static async Task<LedgerRun> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Describe(start)} ran over {Timeout}");
        }
        return Finished(process, await stdout, await stderr);
    }

    /// <summary>The run of a process that has exited, from what its two streams held.</summary>
    public static LedgerRun Finished(Process process, string stdout, string stderr) =>
        new(process.ExitCode, stdout.Replace("\r\n", "\n"), stderr.Replace("\r\n", "\n"));

    private static string Describe(ProcessStartInfo start) => $"{start.FileName} {string.Join(' ', start.ArgumentList)}";
}
