using System.Globalization;
using System.Text;
using Ledger.Benchmarks.Append;
using Ledger.Benchmarks.Replay;
using Ledger.Benchmarks.Tables;

namespace Ledger.Benchmarks.Report;

/// <summary>Writes docs/performance.md (tables, targets) and its plot from one run's results.</summary>
public static class PerformanceReport
{
    public sealed record Output(string Markdown, string Plot);

    public static Output Write(BenchResults results, bool full)
    {
        var md = new StringBuilder();
        md.AppendLine("# Performance");
        md.AppendLine();
        md.AppendLine(Invariant($"Written by `scripts/bench{(full ? " --full" : "")}` on {DateTime.UtcNow:yyyy-MM-dd}; do not edit by hand (run it again)."));
        md.AppendLine("Every figure is BenchmarkDotNet's mean over the run's iterations; every ratio is against a baseline measured");
        md.AppendLine("in the same run, on the same data, so a busy machine moves both sides. Data: `ledger gen` journals (seed 2026).");
        md.AppendLine();
        md.AppendLine($"Machine: {results.Machine}");
        md.AppendLine();
        Targets(md, results);
        Why(md, results);
        Replay(md, results);
        Append(md, results);
        AsOf(md, results);
        Memory(md, results);
        md.AppendLine("## Cost against size");
        md.AppendLine();
        md.AppendLine("![microseconds per event against journal size](performance.svg)");
        md.AppendLine();
        return new Output(md.ToString(), Plot(results));
    }

    private static void Targets(StringBuilder md, BenchResults results)
    {
        md.AppendLine("## Targets (issue #7, this 2-core machine)");
        md.AppendLine();
        md.AppendLine("| target | measured | verdict |");
        md.AppendLine("|---|---|---|");
        var replays = ReplayRows(results).ToList();
        if (replays.MaxBy(r => r.Events) is { } largest)
        {
            var alone = results.Memory.FirstOrDefault(m => m.Events == largest.Events);
            var best = Math.Max(largest.EventsPerSecond, alone is null ? 0 : alone.Events / alone.Seconds);
            var aloneText = alone is null ? "" : Invariant($"; {alone.Events / alone.Seconds:N0} events/s alone in a process of its own");
            md.AppendLine(Invariant($"| replay ≥ 1,000,000 events/s (embedded) | {largest.EventsPerSecond:N0} events/s in the suite at {largest.Events:N0} events{aloneText} | {Verdict(best, 1_000_000)} |"));
        }
        foreach (var replay in replays.Where(r => r.Suite == nameof(ReplayBenchmarks)))
        {
            if (results.Find(nameof(ReplayBenchmarks), nameof(ReplayBenchmarks.InMemoryFold), replay.Size) is { } fold)
            {
                var share = fold.MeanNs / replay.MeanNs;
                md.AppendLine(Invariant($"| replay ≥ 75% of the in-memory fold | {share * 100:F0}% at {replay.Events:N0} events | {Verdict(share, 0.75)} |"));
            }
        }
        if (results.Find(nameof(AppendBenchmarks), nameof(AppendBenchmarks.StoreAppend)) is { } append)
            md.AppendLine(Invariant($"| batched embedded append ≥ 100,000 events/s | {append.EventsPerSecond:N0} events/s | {Verdict(append.EventsPerSecond, 100_000)} |"));
        if (results.Suite(nameof(AsOfTableBenchmarks)).Where(r => !r.Baseline).MaxBy(r => r.Size) is { } asOf)
            md.AppendLine(Invariant($"| as-of table p99 < 10 ms at 10M events | p99 {asOf.P99Ns / 1e6:F1} ms at {asOf.Events:N0} events | {Verdict(10, asOf.P99Ns / 1e6)}{(asOf.Events < 9_000_000 ? " (10M not measured in this run: `scripts/bench --full`)" : "")} |"));
        if (results.Memory.Count > 1)
        {
            var (small, big) = (results.Memory.MinBy(m => m.Events)!, results.Memory.MaxBy(m => m.Events)!);
            var growth = (double)big.TransientBytes / Math.Max(1, small.TransientBytes);
            var events = (double)big.Events / small.Events;
            // Flat: what streaming costs does not follow the number of events (it follows the GC's headroom over the
            // retained state, which grows with unit-years).
            md.AppendLine(Invariant($"| replay memory flat in the number of events | transient {Mb(small.TransientBytes)} at {small.Events:N0} → {Mb(big.TransientBytes)} at {big.Events:N0} events (×{growth:F1} for ×{events:F0} events) | {(growth < events / 10 ? "met: transient memory does not follow the events" : "missed")} |"));
        }
        md.AppendLine();
    }

    /// <summary>Where a replay's time goes, from the baselines of the largest journal held in memory.</summary>
    private static void Why(StringBuilder md, BenchResults results)
    {
        var size = results.Suite(nameof(ReplayBenchmarks)).Select(r => r.Size).Max();
        var raw = results.Find(nameof(ReplayBenchmarks), nameof(ReplayBenchmarks.RawReadLoop), size);
        var fold = results.Find(nameof(ReplayBenchmarks), nameof(ReplayBenchmarks.InMemoryFold), size);
        var decodeFold = results.Find(nameof(ReplayBenchmarks), nameof(ReplayBenchmarks.InMemoryDecodeAndFold), size);
        var replay = results.Find(nameof(ReplayBenchmarks), nameof(ReplayBenchmarks.Replay), size);
        if (raw is null || fold is null || decodeFold is null || replay is null)
            return;
        double PerEvent(BenchRow row) => row.MeanNs / 1e3 / row.Events;
        md.AppendLine("## Why the replay targets are missed");
        md.AppendLine();
        md.AppendLine(Invariant($"At {replay.Events:N0} events a replay costs {PerEvent(replay):F2} µs an event. Measured apart in the same run:"));
        md.AppendLine(Invariant($"reading the rows costs {PerEvent(raw):F2} µs (Microsoft.Data.Sqlite; the store's own batched read through SQLite's C API is cheaper),"));
        md.AppendLine(Invariant($"decoding the JSON {PerEvent(decodeFold) - PerEvent(fold):F2} µs and folding {PerEvent(fold):F2} µs. A million events a second is"));
        md.AppendLine("1 µs an event for all three on two cores: decoding alone, a single pass of System.Text.Json's reader over ≈ 435 bytes");
        md.AppendLine("of canonical JSON plus the envelope, is most of it. The stored form is canonical JSON on purpose (the hash chain and");
        md.AppendLine("the golden files depend on its bytes, ADR 0001), so the replay overlaps the three stages instead (batches read on one");
        md.AppendLine("thread, decoded on others, folded on one). The 75% target compares with the fold of events already decoded, which");
        md.AppendLine("skips both the read and the decode; against decoding and folding in memory (no store at all) the replay ratio is");
        md.AppendLine(Invariant($"{decodeFold.MeanNs / replay.MeanNs * 100:F0}%. What would close the gap: a binary stored form or a decoded snapshot per"));
        md.AppendLine("unit-year (replay then reads snapshots, not events), at the cost of a second stored form to keep honest.");
        md.AppendLine();
    }

    private static IEnumerable<BenchRow> ReplayRows(BenchResults results) =>
        results.Rows.Where(r => r.Method == nameof(ReplayBenchmarks.Replay));

    private static void Replay(StringBuilder md, BenchResults results)
    {
        md.AppendLine("## Replay of the whole journal");
        md.AppendLine();
        md.AppendLine("`ledger replay`: read every event, decode it, fold it into every unit-year's budget. Baselines: a raw");
        md.AppendLine("Microsoft.Data.Sqlite read loop of the same rows, and the fold alone over the same events already decoded.");
        md.AppendLine();
        md.AppendLine("| events | what | mean | events/s | µs/event | × raw read | × in-memory fold | allocated/event |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in results.Rows.Where(r => r.Suite is nameof(ReplayBenchmarks) or nameof(LargeReplayBenchmarks)).OrderBy(r => r.Size))
        {
            var raw = results.BaselineOf(row);
            var fold = results.Find(nameof(ReplayBenchmarks), nameof(ReplayBenchmarks.InMemoryFold), row.Size);
            md.AppendLine(Invariant($"| {row.Events:N0} | {row.Description} | {Time(row.MeanNs)} | {row.EventsPerSecond:N0} | {row.MeanNs / 1e3 / row.Events:F2} | {Ratio(row, raw)} | {Ratio(row, fold)} | {row.AllocatedBytes / (double)row.Events:N0} B |"));
        }
        md.AppendLine();
    }

    private static void Append(StringBuilder md, BenchResults results)
    {
        md.AppendLine("## Batched append");
        md.AppendLine();
        md.AppendLine(Invariant($"{AppendSource.Count:N0} generated events in their original appends (one stream at a time, at most {AppendSource.MaxBatch:N0} a batch) into a new journal."));
        md.AppendLine();
        md.AppendLine("| store | what | mean | events/s | × raw | allocated/event |");
        md.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var row in results.Rows.Where(r => r.Suite is nameof(AppendBenchmarks) or nameof(PostgresAppendBenchmarks)))
        {
            var store = row.Suite == nameof(AppendBenchmarks) ? "SQLite" : "PostgreSQL";
            md.AppendLine(Invariant($"| {store} | {row.Description} | {Time(row.MeanNs)} | {row.EventsPerSecond:N0} | {Ratio(row, results.BaselineOf(row))} | {row.AllocatedBytes / (double)row.Events:N0} B |"));
        }
        md.AppendLine();
    }

    private static void AsOf(StringBuilder md, BenchResults results)
    {
        md.AppendLine("## As-of table of one unit-year");
        md.AppendLine();
        md.AppendLine("One query per operation, each for another unit-year spread over the journal: the perubahan table as of 30 June.");
        md.AppendLine();
        md.AppendLine("| events in store | what | p50 | p99 | mean | × raw (mean) |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|");
        foreach (var row in results.Suite(nameof(AsOfTableBenchmarks)).OrderBy(r => r.Size))
            md.AppendLine(Invariant($"| {row.Events:N0} | {row.Description} | {Time(row.P50Ns)} | {Time(row.P99Ns)} | {Time(row.MeanNs)} | {Ratio(row, results.BaselineOf(row))} |"));
        md.AppendLine();
    }

    private static void Memory(StringBuilder md, BenchResults results)
    {
        md.AppendLine("## Memory of a replay");
        md.AppendLine();
        md.AppendLine("Each replay in a process of its own. Retained: the folded budgets of every unit-year, still reachable at the end");
        md.AppendLine("(they grow with the number of unit-years, not with events). Transient: peak managed heap minus retained, what");
        md.AppendLine("streaming the journal costs on top.");
        md.AppendLine();
        md.AppendLine("| events | unit-years | retained | transient (peak − retained) | transient per million events | peak working set | replay alone |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in results.Memory.OrderBy(m => m.Events))
            md.AppendLine(Invariant($"| {m.Events:N0} | {m.Streams:N0} | {Mb(m.RetainedBytes)} | {Mb(m.TransientBytes)} | {Mb((long)(m.TransientBytes / (m.Events / 1e6)))} | {Mb(m.PeakWorkingSetBytes)} | {m.Events / m.Seconds:N0} events/s |"));
        md.AppendLine();
    }

    private static string Plot(BenchResults results)
    {
        var series = results.Rows
            .Where(r => r.Suite is nameof(ReplayBenchmarks) or nameof(LargeReplayBenchmarks) && r.Size is not null)
            .GroupBy(r => r.Description)
            .Select(g => new SvgPlot.Series(g.Key, [.. g.Select(r => ((double)r.Events, r.MeanNs / 1e3 / r.Events))]))
            .ToList();
        return SvgPlot.Draw("Replay: cost per event against journal size", "events in the journal", "µs per event", series);
    }

    private static string Verdict(double measured, double target) =>
        measured >= target ? "met" : Invariant($"missed by {(1 - measured / target) * 100:F0}%");

    private static string Ratio(BenchRow row, BenchRow? baseline) =>
        baseline is null ? "" : Invariant($"{row.MeanNs / baseline.MeanNs:F2}");

    private static string Time(double ns) => ns switch
    {
        >= 1e9 => Invariant($"{ns / 1e9:F2} s"),
        >= 1e6 => Invariant($"{ns / 1e6:F1} ms"),
        _ => Invariant($"{ns / 1e3:F0} µs"),
    };

    private static string Mb(long bytes) => Invariant($"{bytes / 1048576.0:F1} MiB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
