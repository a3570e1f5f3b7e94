using System.CommandLine;
using Ledger.Application.Tables;
using Ledger.Cli.Options;
using Ledger.Cli.Output;
using Ledger.Composition;
using Ledger.Journal;

namespace Ledger.Cli.Commands;

/// <summary><c>ledger history --unit --year [--kode]</c>: every event that touched the line, oldest first.</summary>
public static class HistoryCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var unit = CommonOptions.Unit();
        var year = CommonOptions.Year();
        var kode = CommonOptions.Kode();
        var format = CommonOptions.Format();
        var output = CommonOptions.Out();
        var command = new Command("history", "every event of a line (or of the unit-year), oldest first, with its legal basis")
        {
            store, unit, year, kode, format, output,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            var unitName = OptionValues.Unit(parse.GetValue(unit)!);
            var line = OptionValues.Kode(parse.GetValue(kode));
            await using var events = await EventStores.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            var history = await new BudgetQueries(new LedgerJournal(events)).HistoryAsync(unitName, parse.GetValue(year), line, ct);
            var title = $"Riwayat {unitName} {parse.GetValue(year)}" + (line is { } k ? $", kode {k}" : "");
            await TableOutput.WriteAsync(HistorySheet.From(title, history), parse.GetValue(format), parse.GetValue(output), cli, ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
