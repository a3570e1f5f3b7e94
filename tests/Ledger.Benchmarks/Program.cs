using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Ledger.Benchmarks.Append;
using Ledger.Benchmarks.Data;
using Ledger.Benchmarks.Memory;
using Ledger.Benchmarks.Replay;
using Ledger.Benchmarks.Report;
using Ledger.Benchmarks.Tables;

// Usage: Ledger.Benchmarks [--full] [--out docs/performance.md]   (scripts/bench)
//        Ledger.Benchmarks memory PATH                           (child process of the memory measurement)
if (args is ["memory", var path])
    return await ReplayMemory.MeasureAsync(path);

var full = args.Contains("--full");
var outIndex = Array.IndexOf(args, "--out");
var output = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : null;

foreach (var size in Sizes.All)
    await BenchData.EnsureAsync(size, Console.Out, CancellationToken.None);

// In-process: a benchmark project of its own per class would cost minutes of builds for a short run, and the
// numbers compared are always ratios within one run, which share the process either way.
var job = (full ? Job.Default : Job.ShortRun.WithWarmupCount(2).WithIterationCount(6))
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithLaunchCount(1);
var config = ManualConfig.CreateEmpty()
    .AddJob(job)
    .AddLogger(ConsoleLogger.Default)
    .AddColumnProvider(DefaultColumnProviders.Instance)
    .AddColumn(StatisticColumn.P50, StatisticColumn.P95)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile)
    .WithArtifactsPath(Path.Combine(BenchData.Directory, "artifacts"));

var classes = new List<Type> { typeof(ReplayBenchmarks), typeof(AppendBenchmarks), typeof(AsOfTableBenchmarks) };
if (Sizes.All.Except(Sizes.InMemory).Any())
    classes.Add(typeof(LargeReplayBenchmarks));
if (PostgresAppendBenchmarks.Enabled)
    classes.Add(typeof(PostgresAppendBenchmarks));
var summaries = BenchmarkRunner.Run([.. classes], config);

var memory = new List<ReplayMemory.Result>();
foreach (var size in Sizes.All)
    memory.Add(await ReplayMemory.RunChildAsync(BenchData.PathFor(size)));

var results = BenchResults.From(summaries, memory);
var report = PerformanceReport.Write(results, full);
Console.WriteLine(report.Markdown);
if (output is not null)
{
    await File.WriteAllTextAsync(output, report.Markdown);
    await File.WriteAllTextAsync(Path.ChangeExtension(output, ".svg"), report.Plot);
    Console.WriteLine($"wrote {output} and {Path.ChangeExtension(output, ".svg")}");
}
return 0;
