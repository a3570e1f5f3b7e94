using System.CommandLine;
using Ledger.Application;
using Ledger.Application.Importing;
using Ledger.Cli.Options;
using Ledger.Cli.Output;
using Ledger.Composition;
using Ledger.Journal;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger import renstra|pk|kinerja</c> (contract §9): the performance framework's sheets, all or nothing, reported
/// as the budget import reports. They are written directly (<c>DirectPerformanceWriter</c>), not through the stream
/// actor, which decides budget commands only (ADR 0007).
/// </summary>
public static class PerformanceImportCommands
{
    public static Command Renstra()
    {
        var store = CommonOptions.Store();
        var file = new Argument<string>("FILE") { Description = "Renstra sheet, .csv or .xlsx (contract §9.1)" };
        var unit = CommonOptions.Unit();
        var period = new Option<string>("--period") { Description = "the Renstra's years, e.g. 2021-2026", Required = true, HelpName = "YYYY-YYYY" };
        var (effective, basis, reason) = Texts("date the Renstra is legally in force");
        var command = new Command("renstra", "import a unit's Renstra (tujuan, sasaran, indicators, targets); only what changed becomes events")
        {
            file, store, unit, period, effective, basis, reason,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            var path = parse.GetValue(file)!;
            var (first, last) = OptionValues.Period(parse.GetValue(period)!, "--period");
            var unitName = OptionValues.Unit(parse.GetValue(unit)!);
            var effectiveDate = OptionValues.Date(parse.GetValue(effective), "--effective")!.Value;
            var (basisText, reasonText) = (ImportTexts.Basis(parse.GetValue(basis), "--basis"), ImportTexts.Reason(parse.GetValue(reason), "--reason"));
            var request = new RenstraImportRequest(CliSheets.Open(path), unitName, first, last, effectiveDate, basisText, reasonText, Actors.FromEnvironment());
            return await RunAsync(cli, parse.GetValue(store), path, unitName, first, $"Renstra {first}-{last}",
                (import, progress) => import.RunAsync(request, progress, ct), ct);
        });
        return command;
    }

    public static Command Pk()
    {
        var store = CommonOptions.Store();
        var file = new Argument<string>("FILE") { Description = "Perjanjian Kinerja sheet, .csv or .xlsx (contract §9.2)" };
        var unit = CommonOptions.Unit();
        var year = CommonOptions.Year();
        var (effective, basis, reason) = Texts("date the PK was signed");
        var command = new Command("pk", "import a year's Perjanjian Kinerja, checked against the Renstra and that year's budget")
        {
            file, store, unit, year, effective, basis, reason,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            var path = parse.GetValue(file)!;
            var (unitName, fiscalYear) = (OptionValues.Unit(parse.GetValue(unit)!), parse.GetValue(year));
            var effectiveDate = OptionValues.Date(parse.GetValue(effective), "--effective")!.Value;
            var (basisText, reasonText) = (ImportTexts.Basis(parse.GetValue(basis), "--basis"), ImportTexts.Reason(parse.GetValue(reason), "--reason"));
            var request = new PkImportRequest(CliSheets.Open(path), unitName, fiscalYear, effectiveDate, basisText, reasonText, Actors.FromEnvironment());
            return await RunAsync(cli, parse.GetValue(store), path, unitName, fiscalYear, "PK",
                (import, progress) => import.RunAsync(request, progress, ct), ct);
        });
        return command;
    }

    public static Command Kinerja()
    {
        var store = CommonOptions.Store();
        var file = new Argument<string>("FILE") { Description = "kinerja (pengukuran) sheet, .csv or .xlsx (contract §9.3)" };
        var unit = CommonOptions.Unit();
        var year = CommonOptions.Year();
        var triwulan = CommonOptions.Triwulan("the quarter the sheet reports");
        var periodEnd = new Option<string?>("--period-end") { Description = "the date the realisasi is reported at", HelpName = "DATE" };
        var command = new Command("kinerja", "import what the PK's indicators achieved at a period end")
        {
            file, store, unit, year, triwulan, periodEnd,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            var path = parse.GetValue(file)!;
            var fiscalYear = parse.GetValue(year);
            var end = OptionValues.PeriodEnd(fiscalYear, parse.GetValue(triwulan), parse.GetValue(periodEnd), "--period-end")
                ?? throw new UsageException("give --triwulan 1..4 or --period-end DATE");
            var unitName = OptionValues.Unit(parse.GetValue(unit)!);
            var request = new KinerjaImportRequest(CliSheets.Open(path), unitName, fiscalYear, end, Actors.FromEnvironment());
            return await RunAsync(cli, parse.GetValue(store), path, unitName, fiscalYear, $"pengukuran s.d. {end:yyyy-MM-dd}",
                (import, progress) => import.RunAsync(request, progress, ct), ct);
        });
        return command;
    }

    private static (Option<string> Effective, Option<string?> Basis, Option<string?> Reason) Texts(string effective) =>
    (
        new Option<string>("--effective") { Description = effective, Required = true, HelpName = "DATE" },
        new Option<string?>("--basis") { Description = "legal basis, e.g. \"Perbup No. 12 Tahun 2021\"", HelpName = "TEXT" },
        new Option<string?>("--reason") { Description = "why, for a revision", HelpName = "TEXT" }
    );

    private static async Task<int> RunAsync(
        CliContext cli, string? storeOption, string path, string unit, int year, string what,
        Func<PerformanceImport, IProgress<ImportProgress>, Task<CommandResult>> run, CancellationToken ct)
    {
        await using var store = await EventStores.OpenAsync(EventStores.Resolve(storeOption), ct);
        using var progress = new ConsoleProgress(cli.Error, "importing", total: null);
        var result = await run(new PerformanceImport(new LedgerJournal(store), LedgerClock.FromEnvironment()), progress);
        progress.Done();
        if (result is CommandResult.Refused refused)
            return await cli.RefusedAsync(refused);
        await ImportCommands.ReportAsync(cli, path, unit, year, what, (CommandResult.Accepted)result);
        return ExitCodes.Ok;
    }
}
