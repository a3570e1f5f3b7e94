using System.CommandLine;
using Ledger.Application;
using Ledger.Application.Importing;
using Ledger.Cli.Options;
using Ledger.Cli.Output;
using Ledger.Composition;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Store;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger import budget FILE --unit --year --stage --effective [--basis] [--reason]</c>, <c>import realisasi</c>, and
/// the performance framework's <c>import renstra|pk|kinerja</c> (<see cref="PerformanceImportCommands"/>).
/// </summary>
public static class ImportCommands
{
    public static Command Create() => new("import", "import a budget, realisasi, Renstra, PK or kinerja sheet (CSV or XLSX)")
    {
        Budget(), Realisasi(), PerformanceImportCommands.Renstra(), PerformanceImportCommands.Pk(), PerformanceImportCommands.Kinerja(),
    };

    private static Command Realisasi()
    {
        var store = CommonOptions.Store();
        var file = new Argument<string>("FILE") { Description = "realisasi sheet, .csv or .xlsx (contract §5)" };
        var unit = CommonOptions.Unit();
        var year = CommonOptions.Year();
        var triwulan = CommonOptions.Triwulan("the quarter the sheet reports, cumulative to its end");
        var periodEnd = new Option<string?>("--period-end") { Description = "the date the cumulative figures run to", HelpName = "DATE" };
        var correction = new Option<bool>("--correction") { Description = "a corrected report of this period (needs --reason); cumulative figures must still not fall between period ends" };
        var reason = new Option<string?>("--reason") { Description = "why, for a correction", HelpName = "TEXT" };
        var command = new Command("realisasi", "import spending and indicator achievements cumulative to a period end")
        {
            file, store, unit, year, triwulan, periodEnd, correction, reason,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            var path = parse.GetValue(file)!;
            var fiscalYear = parse.GetValue(year);
            var end = OptionValues.PeriodEnd(fiscalYear, parse.GetValue(triwulan), parse.GetValue(periodEnd), "--period-end")
                ?? throw new UsageException("give --triwulan 1..4 or --period-end DATE");
            var (unitName, reasonText) = (OptionValues.Unit(parse.GetValue(unit)!), ImportTexts.Reason(parse.GetValue(reason), "--reason"));
            await using var writer = Writers.ForStore(parse.GetValue(store), clock: LedgerClock.FromEnvironment());
            var request = new RealisasiImport.Request(CliSheets.Open(path), unitName, fiscalYear, end, parse.GetValue(correction), reasonText, Actors.FromEnvironment());
            // Opened only once the import is accepted: to read the pagu in force for the warnings of realisasi above it.
            IEventStore? reader = null;
            try
            {
                var result = await new RealisasiImport(writer, LedgerClock.FromEnvironment(),
                    async c => new LedgerJournal(reader = await EventStores.OpenAsync(EventStores.Resolve(parse.GetValue(store)), c))).RunAsync(request, ct);
                if (result is CommandResult.Refused refused)
                    return await cli.RefusedAsync(refused);
                await ReportAsync(cli, path, request.Unit, fiscalYear, $"realisasi s.d. {end:yyyy-MM-dd}", (CommandResult.Accepted)result);
            }
            finally
            {
                if (reader is not null)
                    await reader.DisposeAsync();
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static async Task ReportAsync(CliContext cli, string path, string unit, int year, string what, CommandResult.Accepted outcome)
    {
        foreach (var warning in outcome.Warnings)
            await cli.Error.WriteLineAsync($"warning: {path}:{warning.Row} {warning.Kode} {warning.What}: printed {warning.Printed}, computed {warning.Computed}");
        await cli.Out.WriteLineAsync(outcome.Appended == 0
            ? $"{path}: nothing new for {unit} {year} ({outcome.Lines} lines, already in the journal)"
            : $"{path}: {outcome.Lines} lines, {outcome.Appended} events appended to {unit} {year}, {what} (version {outcome.StreamVersion})");
    }

    private static Command Budget()
    {
        var store = CommonOptions.Store();
        var file = new Argument<string>("FILE") { Description = "budget sheet, .csv or .xlsx (contract §4)" };
        var unit = CommonOptions.Unit();
        var year = CommonOptions.Year();
        var stage = new Option<string>("--stage") { Description = "murni, pergeseran, refocusing or perubahan", Required = true, HelpName = "STAGE" };
        var effective = new Option<string>("--effective") { Description = "date the stage is legally in force", Required = true, HelpName = "DATE" };
        var basis = new Option<string?>("--basis") { Description = "legal basis, e.g. \"Perbup No. 38 Tahun 2019\"", HelpName = "TEXT" };
        var reason = new Option<string?>("--reason")
        {
            Description = "why the budget changed; required when a re-import of the same stage removes lines with realisasi",
            HelpName = "TEXT",
        };
        var command = new Command("budget", "import a Renja / APBD sheet at a stage; only what changed becomes events")
        {
            file, store, unit, year, stage, effective, basis, reason,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            var path = parse.GetValue(file)!;
            var stageText = parse.GetValue(stage)!;
            // An unknown stage is bad input about this file's import, reported like the sheet's own errors.
            if (!Stages.TryParse(stageText, out var chosenStage))
                throw new InputException($"{path}:0:0 unknown stage '{stageText}': use murni, pergeseran, refocusing or perubahan");
            var (unitName, fiscalYear) = (OptionValues.Unit(parse.GetValue(unit)!), parse.GetValue(year));
            var effectiveDate = OptionValues.Date(parse.GetValue(effective), "--effective")!.Value;
            var (basisText, reasonText) = (ImportTexts.Basis(parse.GetValue(basis), "--basis"), ImportTexts.Reason(parse.GetValue(reason), "--reason"));
            await using var writer = Writers.ForStore(parse.GetValue(store), clock: LedgerClock.FromEnvironment());
            using var progress = new ConsoleProgress(cli.Error, "importing", total: null);
            var request = new BudgetImportRequest(
                CliSheets.Open(path), unitName, fiscalYear, chosenStage, effectiveDate, basisText, reasonText, Actors.FromEnvironment());
            var import = new BudgetImport(writer, LedgerClock.FromEnvironment());
            var result = await import.RunAsync(request, progress, ct);
            progress.Done();
            if (result is CommandResult.Refused refused)
                return await cli.RefusedAsync(refused);
            await ReportAsync(cli, path, request.Unit, request.FiscalYear, $"at {chosenStage.Name()}", (CommandResult.Accepted)result);
            return ExitCodes.Ok;
        });
        return command;
    }
}
