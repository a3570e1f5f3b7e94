using System.CommandLine;
using System.Globalization;
using Ledger.Application.Importing;
using Ledger.Cli.Options;
using Ledger.Cli.Output;
using Ledger.Composition;
using Ledger.Generating;
using Ledger.Sheets.Numbers;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger gen --units N [--years Y] [--seed S] [--parallel P]</c>: appends a deterministic synthetic data set with
/// the seeds' shapes through the normal write path (<see cref="GenRun"/>), with a progress bar on stderr and one
/// summary line on stdout.
/// </summary>
public static class GenCommand
{
    /// <summary>One stream per core, at most four: the write path is CPU-bound, and beyond the cores streams only contend.</summary>
    public static readonly int DefaultParallel = Math.Clamp(Environment.ProcessorCount, 1, 4);

    private const string Description = """
        append a deterministic synthetic data set with the seeds' shapes: units × years unit-years (fiscal years from 2020),
        each a murni budget, a Covid-19 refocusing (2020 and 2021), a pergeseran (2020, then about every other year),
        a perubahan, and four cumulative triwulan realisasi reports with indicator achievements.
        A unit-year has about 30 to 240 lines and gives about 270 to 2.800 events, 1.000 on average:
        --units 10 gives about 9.000 events, --units 1000 about a million, --units 5000 --years 2 about 9,8 million.
        The same --units, --years and --seed give the same events in every stream, byte for byte (recorded instants come
        from the seed, not the clock; the actor is "ledger gen"); with --parallel above 1 the streams interleave
        differently from run to run, with --parallel 1 the whole journal is the same. Running it again appends nothing.
        """;

    public static Command Create()
    {
        var store = CommonOptions.Store();
        var units = new Option<int>("--units") { Description = "how many units (1 to 1.000.000)", Required = true, HelpName = "N" };
        var years = new Option<int>("--years") { Description = "fiscal years per unit, from 2020", DefaultValueFactory = _ => 1, HelpName = "Y" };
        var seed = new Option<ulong>("--seed") { Description = "the data set's seed", DefaultValueFactory = _ => 1UL, HelpName = "S" };
        var parallel = new Option<int>("--parallel")
        {
            Description = $"unit-year streams written at once, 1 to {GenRun.MaxParallel} (default: the cores, at most 4)",
            DefaultValueFactory = _ => DefaultParallel,
            HelpName = "P",
        };
        var command = new Command("gen", Description) { store, units, years, seed, parallel };
        command.SetAction(async (parse, cli, ct) =>
        {
            var spec = Spec(parse.GetValue(units), parse.GetValue(years), parse.GetValue(seed));
            var inFlight = parse.GetValue(parallel);
            if (inFlight is < 1 or > GenRun.MaxParallel)
                throw new UsageException($"--parallel {inFlight}: write 1 to {GenRun.MaxParallel} streams at once");
            // Gen writes each stream once, in a burst, and a resumed run passes thousands of finished streams a minute:
            // with the default 2-minute idle timeout their actors stayed in memory (2 GB for 8.000 streams, measured).
            await using var writer = Writers.ForStore(parse.GetValue(store), idleTimeout: TimeSpan.FromSeconds(10));
            using var bar = new ConsoleProgress(cli.Error, "gen", spec.UnitYears);
            var outcome = await new GenRun(writer).RunAsync(spec, inFlight, new Throttled(bar), ct);
            bar.Done();
            await cli.Out.WriteLineAsync(
                $"gen: {Indonesian.Number(outcome.UnitYearsDone)} unit-years, {Indonesian.Number(outcome.EventsAppended)} events appended " +
                $"in {Seconds(outcome.Elapsed)} s ({Indonesian.Number((long)outcome.EventsPerSecond)} events/s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static GenSpec Spec(int units, int years, ulong seed)
    {
        if (units is < 1 or > GenSpec.MaxUnits)
            throw new UsageException($"--units {units}: give 1 to {Indonesian.Number(GenSpec.MaxUnits)} units");
        if (years is < 1 or > GenSpec.MaxYears)
            throw new UsageException($"--years {years}: give 1 to {GenSpec.MaxYears} fiscal years (from {GenSpec.FirstYear})");
        return new GenSpec(units, years, seed);
    }

    /// <summary>Seconds with one decimal, Indonesian style: <c>12,3</c>.</summary>
    private static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("#,##0.0", CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ',').Replace(' ', '.');

    /// <summary>
    /// Passes progress to the bar at most four times a second, the label carrying events and events/s: the bar redraws
    /// on every new label, and unit-years finish far more often than that. Thread-safe.
    /// </summary>
    private sealed class Throttled(ConsoleProgress bar) : IProgress<GenProgress>
    {
        private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);
        private readonly Lock _gate = new();
        private TimeSpan _next;

        public void Report(GenProgress value)
        {
            lock (_gate)
            {
                if (value.Elapsed < _next && value.UnitYearsDone < value.UnitYearsTotal)
                    return;
                _next = value.Elapsed + Every;
            }
            var label = $"gen {Indonesian.Number(value.EventsAppended)} events, {Indonesian.Number((long)value.EventsPerSecond)} events/s, unit-years";
            bar.Report(new ImportProgress(label, value.UnitYearsDone, value.UnitYearsTotal));
        }
    }
}
