using System.CommandLine;
using System.Globalization;
using Ledger.Application.Tables.Performance;
using Ledger.Cli.Options;
using Ledger.Cli.Output;
using Ledger.Composition;
using Ledger.Journal;
using Ledger.Projections;
using Ledger.Store;

namespace Ledger.Cli.Commands;

/// <summary><c>ledger table iku|efisiensi|perkembangan|predikat|renstra</c>: the performance framework's tables (contract §9.4).</summary>
public static partial class TableCommands
{
    private static Command Iku()
    {
        var (command, options) = Framework("iku", "indikator kinerja utama: target, realisasi, capaian and predikat per indicator, the mean per sasaran, the Renstra's end target");
        var predikat = PredikatOptionOf(command);
        command.SetAction(async (parse, cli, ct) =>
        {
            // The scale first: a bad scale file is refused before any store is opened.
            var scale = PredikatOption.Scale(parse.GetValue(predikat));
            var (queries, unit, year, slice, events) = await options.OpenFrameworkAsync(parse, ct);
            await using var store = events;
            var table = await queries.IkuAsync(unit, year, slice, scale, ct);
            await TableOutput.WriteAsync(IkuSheet.From(table), parse.GetValue(options.Format), parse.GetValue(options.Out), cli, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Efisiensi()
    {
        var (command, options) = Framework("efisiensi", "efisiensi per sasaran: mean capaian beside the serapan of the budget lines its indicators name");
        command.SetAction(async (parse, cli, ct) =>
        {
            var (queries, unit, year, slice, events) = await options.OpenFrameworkAsync(parse, ct);
            await using var store = events;
            var table = await queries.EfisiensiAsync(unit, year, slice, ct);
            await TableOutput.WriteAsync(EfisiensiSheet.From(table), parse.GetValue(options.Format), parse.GetValue(options.Out), cli, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Perkembangan()
    {
        var (command, options) = Framework("perkembangan", "perkembangan capaian: each indicator's capaian year by year");
        var since = new Option<int?>("--since") { Description = "first year shown (default: the first year with a PK, at most four years before --year)", HelpName = "YYYY" };
        command.Add(since);
        command.SetAction(async (parse, cli, ct) =>
        {
            var (queries, unit, year, slice, events) = await options.OpenFrameworkAsync(parse, ct);
            await using var store = events;
            var first = parse.GetValue(since);
            if (first is { } s && (s > year || s < StreamName.MinFiscalYear))
                throw new UsageException($"--since {s}: a year from {StreamName.MinFiscalYear} to --year {year}");
            var table = await queries.PerkembanganAsync(unit, year, first, slice, ct);
            await TableOutput.WriteAsync(PerkembanganSheet.From(table), parse.GetValue(options.Format), parse.GetValue(options.Out), cli, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Predikat()
    {
        var (command, options) = Framework("predikat", "how many indicators of each sasaran fall in each band of the predikat scale");
        var predikat = PredikatOptionOf(command);
        command.SetAction(async (parse, cli, ct) =>
        {
            // The scale first: a bad scale file is refused before any store is opened.
            var scale = PredikatOption.Scale(parse.GetValue(predikat));
            var (queries, unit, year, slice, events) = await options.OpenFrameworkAsync(parse, ct);
            await using var store = events;
            var table = await queries.PredikatAsync(unit, year, slice, scale, ct);
            await TableOutput.WriteAsync(PredikatSheet.From(table), parse.GetValue(options.Format), parse.GetValue(options.Out), cli, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Renstra()
    {
        var storeOption = CommonOptions.Store();
        var unit = CommonOptions.Unit();
        var period = new Option<string>("--period") { Description = "the Renstra's period, e.g. 2021-2026", Required = true, HelpName = "YYYY-YYYY" };
        var asOf = CommonOptions.AsOf();
        var asKnownAt = CommonOptions.AsKnownAt();
        var format = CommonOptions.Format();
        var output = CommonOptions.Out();
        var command = new Command("renstra", "the Renstra: tujuan, sasaran and indicators with kondisi awal, yearly targets and end target")
        {
            storeOption, unit, period, asOf, asKnownAt, format, output,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            var (first, last) = Period(parse.GetValue(period)!);
            var slice = new TimeSlice(OptionValues.Date(parse.GetValue(asOf), "--as-of"), OptionValues.Instant(parse.GetValue(asKnownAt), "--as-known-at"));
            var name = OptionValues.Unit(parse.GetValue(unit)!);
            await using var events = await EventStores.OpenAsync(EventStores.Resolve(parse.GetValue(storeOption)), ct);
            var table = await new PerformanceQueries(new LedgerJournal(events)).RenstraAsync(name, first, last, slice, ct);
            await TableOutput.WriteAsync(RenstraTableSheet.From(table), parse.GetValue(format), parse.GetValue(output), cli, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>--period 2021-2026</c> (or with an en dash): two fiscal years, the first not after the last.</summary>
    private static (int First, int Last) Period(string text)
    {
        var parts = text.Trim().Split(['-', '–'], StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && first >= StreamName.MinFiscalYear && last <= StreamName.MaxFiscalYear && first <= last)
        {
            return (first, last);
        }
        throw new UsageException($"--period '{text}': two years as YYYY-YYYY, the first not after the last (2021-2026)");
    }

    private static Option<string?> PredikatOptionOf(Command command)
    {
        var predikat = new Option<string?>("--predikat")
        {
            Description = "rating scale: permendagri86 (default), lkjip, ordinal, or a unit's own scale sheet FILE.csv (lebih_dari,predikat)",
            HelpName = "SCALE|FILE.csv",
        };
        command.Add(predikat);
        return predikat;
    }

    private static (Command, PerformanceOptions) Framework(string name, string description)
    {
        var options = new PerformanceOptions();
        var command = new Command(name, description)
        {
            options.Store, options.Unit, options.Year, options.Triwulan, options.AsOf, options.AsKnownAt, options.Format, options.Out,
        };
        return (command, options);
    }
}
