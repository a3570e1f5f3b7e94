using System.Diagnostics;
using Ledger.Store.Sqlite;

namespace Ledger.Benchmarks.Memory;

/// <summary>
/// Memory of one replay, measured in a process of its own so nothing else sits on the heap: the peak managed heap
/// while replaying (sampled), the projection state still reachable at the end, and the peak working set.
/// What a replay needs beyond the state it builds is the transient part, peak minus retained.
/// </summary>
public static class ReplayMemory
{
    public sealed record Result(long Events, int Streams, long PeakHeapBytes, long RetainedBytes, long PeakWorkingSetBytes, double Seconds)
    {
        public long TransientBytes => Math.Max(0, PeakHeapBytes - RetainedBytes);

        public string ToLine() => FormattableString.Invariant($"{Events} {Streams} {PeakHeapBytes} {RetainedBytes} {PeakWorkingSetBytes} {Seconds:F3}");

        public static Result Parse(string line)
        {
            var p = line.Split(' ');
            return new(long.Parse(p[0]), int.Parse(p[1]), long.Parse(p[2]), long.Parse(p[3]), long.Parse(p[4]), double.Parse(p[5], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Runs in the child process: replays <paramref name="path"/> and prints one <see cref="Result"/> line.</summary>
    public static async Task<int> MeasureAsync(string path)
    {
        await using var store = await SqliteEventStore.OpenAsync(path, CancellationToken.None);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetGCMemoryInfo().HeapSizeBytes);
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(10).ConfigureAwait(false);
            }
        });
        var clock = Stopwatch.StartNew();
        var projection = new Ledger.Projections.Journal.JournalProjection();
        var outcome = await Ledger.Application.Maintenance.Replay.RunAsync(store, projection, null, CancellationToken.None);
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(projection);
        var result = new Result(outcome.Events, outcome.Streams, peak - baseline, retained, Process.GetCurrentProcess().PeakWorkingSet64, clock.Elapsed.TotalSeconds);
        Console.WriteLine(result.ToLine());
        return 0;
    }

    /// <summary>Runs the measurement in a child process of this same program.</summary>
    public static async Task<Result> RunChildAsync(string path)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) is "dotnet")
            start.ArgumentList.Add(typeof(ReplayMemory).Assembly.Location);
        start.ArgumentList.Add("memory");
        start.ArgumentList.Add(path);
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"memory measurement of {path} failed: {output}");
        return Result.Parse(output.Trim().Split('\n')[^1]);
    }
}
