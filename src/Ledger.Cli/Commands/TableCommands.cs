using System.CommandLine;
using Ledger.Application.Journal;
using Ledger.Application.Stores;
using Ledger.Application.Tables;
using Ledger.Cli.Options;
using Ledger.Cli.Output;
using Ledger.Projections;

namespace Ledger.Cli.Commands;

/// <summary><c>ledger table perubahan …</c>: the "sebelum / setelah perubahan" table at any point in time.</summary>
public static class TableCommands
{
    public static Command Create() => new("table", "print a table of a unit-year") { Perubahan() };

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
