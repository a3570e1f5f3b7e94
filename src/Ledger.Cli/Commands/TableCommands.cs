using System.CommandLine;
using Ledger.Application.Tables;
using Ledger.Cli.Options;
using Ledger.Cli.Output;
using Ledger.Composition;
using Ledger.Journal;
using Ledger.Projections;

namespace Ledger.Cli.Commands;

/// <summary><c>ledger table perubahan …</c>: the "sebelum / setelah perubahan" table at any point in time.</summary>
public static partial class TableCommands
{
    public static Command Create() => new("table", "print a table of a unit-year") { Perubahan(), Capaian(), Evaluasi(), Iku(), Efisiensi(), Perkembangan(), Predikat(), Renstra() };

    private static Command Capaian()
    {
        var (command, options) = Performance("capaian", "capaian and serapan per line and indicator, with predikat");
        var predikat = CommonOptions.Predikat();
        command.Add(predikat);
        command.SetAction(async (parse, cli, ct) =>
        {
            var (queries, unit, year, slice, events) = await options.OpenAsync(parse, ct);
            await using var store = events;
            var table = await queries.CapaianAsync(unit, year, slice, OptionValues.Predikat(parse.GetValue(predikat)), ct);
            await TableOutput.WriteAsync(CapaianSheet.From(table), parse.GetValue(options.Format), parse.GetValue(options.Out), cli, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Evaluasi()
    {
        var (command, options) = Performance("evaluasi", "evaluasi terhadap hasil Renja: target, realisasi per triwulan (K and Rp) and tingkat capaian");
        command.SetAction(async (parse, cli, ct) =>
        {
            var (queries, unit, year, slice, events) = await options.OpenAsync(parse, ct);
            await using var store = events;
            var table = await queries.EvaluasiAsync(unit, year, slice, ct);
            await TableOutput.WriteAsync(EvaluasiSheet.From(table), parse.GetValue(options.Format), parse.GetValue(options.Out), cli, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (Command, PerformanceOptions) Performance(string name, string description)
    {
        var options = new PerformanceOptions();
        var command = new Command(name, description)
        {
            options.Store, options.Unit, options.Year, options.Triwulan, options.AsOf, options.AsKnownAt, options.Format, options.Out,
        };
        return (command, options);
    }

    private static Command Perubahan()
    {
        var store = CommonOptions.Store();
        var unit = CommonOptions.Unit();
        var year = CommonOptions.Year();
        var sebelum = new Option<string?>("--sebelum") { Description = "stage before the change (default murni)", HelpName = "STAGE" };
        var setelah = new Option<string?>("--setelah") { Description = "stage after the change (default: the latest in force)", HelpName = "STAGE" };
        var asOf = CommonOptions.AsOf();
        var asKnownAt = CommonOptions.AsKnownAt();
        var format = CommonOptions.Format();
        var output = CommonOptions.Out();
        var command = new Command("perubahan", "sebelum / setelah perubahan: pagu and targets of every line between two stages")
        {
            store, unit, year, sebelum, setelah, asOf, asKnownAt, format, output,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            var slice = new TimeSlice(OptionValues.Date(parse.GetValue(asOf), "--as-of"), OptionValues.Instant(parse.GetValue(asKnownAt), "--as-known-at"));
            var before = OptionValues.Stage(parse.GetValue(sebelum), "--sebelum");
            var after = OptionValues.Stage(parse.GetValue(setelah), "--setelah");
            await using var events = await EventStores.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            var queries = new BudgetQueries(new LedgerJournal(events));
            var table = await queries.PerubahanAsync(OptionValues.Unit(parse.GetValue(unit)!), parse.GetValue(year), before, after, slice, ct);
            await TableOutput.WriteAsync(PerubahanSheet.From(table), parse.GetValue(format), parse.GetValue(output), cli, ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
