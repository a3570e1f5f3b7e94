using BenchmarkDotNet.Reports;
using Ledger.Benchmarks.Data;
using Ledger.Benchmarks.Memory;

namespace Ledger.Benchmarks.Report;

/// <summary>One measured benchmark case: times in nanoseconds per operation.</summary>
public sealed record BenchRow(string Suite, string Method, string Description, long? Size, double MeanNs, double P50Ns, double P99Ns, long AllocatedBytes, bool Baseline)
{
    /// <summary>Events the operation covers: the whole journal of <see cref="Size"/>, or the append source.</summary>
    public long Events => Size is { } size ? BenchData.ActualEvents(size) : Append.AppendSource.Count;

    public double EventsPerSecond => Events / (MeanNs / 1e9);
}

/// <summary>Everything one run of the suite measured, with the machine it ran on.</summary>
public sealed record BenchResults(IReadOnlyList<BenchRow> Rows, IReadOnlyList<ReplayMemory.Result> Memory, string Machine)
{
    public static BenchResults From(IEnumerable<Summary> summaries, IReadOnlyList<ReplayMemory.Result> memory)
    {
        var rows = new List<BenchRow>();
        var machine = "";
        foreach (var summary in summaries)
        {
            machine = string.Join("; ", summary.HostEnvironmentInfo.ToFormattedString().Where(l => l.Length > 0).Take(3));
            foreach (var report in summary.Reports)
            {
                if (report.ResultStatistics is not { } stats)
                    continue;
                var descriptor = report.BenchmarkCase.Descriptor;
                var size = report.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Events")?.Value as long?;
                rows.Add(new BenchRow(
                    descriptor.Type.Name, descriptor.WorkloadMethod.Name, descriptor.WorkloadMethodDisplayInfo.Trim('\''), size,
                    stats.Mean, stats.Percentiles.P50, stats.Percentiles.Percentile(99),
                    report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0, descriptor.Baseline));
            }
        }
        return new BenchResults(rows, memory, machine);
    }

    public IEnumerable<BenchRow> Suite(string suite) => Rows.Where(r => r.Suite == suite);

    public BenchRow? Find(string suite, string method, long? size = null) =>
        Rows.FirstOrDefault(r => r.Suite == suite && r.Method == method && (size is null || r.Size == size));

    /// <summary>The baseline of the same suite and size as <paramref name="row"/>.</summary>
    public BenchRow? BaselineOf(BenchRow row) => Rows.FirstOrDefault(r => r.Suite == row.Suite && r.Size == row.Size && r.Baseline);
}
