using Ledger.Application.Importing;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using Ledger.Sheets.Budget;
using Ledger.Sheets.Reading;
using Ledger.Testing;
using NodaTime;

namespace Ledger.Runtime.Tests.Support;

/// <summary>
/// Seed 000 (Kecamatan Mangkutana 2020) as the CLI imports it: the requests <see cref="BudgetImport"/> takes and the
/// very commands it builds from them, parsed with Ledger.Sheets.
/// </summary>
public static class Mangkutana
{
    public const string Unit = "Kecamatan Mangkutana";
    public const int Year = 2020;
    public static readonly Instant MurniRecorded = Build.At("2020-01-02T09:00:00Z");
    public static readonly Instant PerubahanRecorded = Build.At("2020-08-05T10:00:00Z");

    public static BudgetImportRequest MurniRequest => new(
        SheetSource.FromFile(Repo.Sample("mangkutana-2020-murni.csv")).ValueOrThrow(), Unit, Year, Stage.Murni, Build.Date("2019-12-31"),
        "Perda Kab. Luwu Timur No. 5 Tahun 2019", null, Build.Actor);

    public static BudgetImportRequest PerubahanRequest => new(
        SheetSource.FromFile(Repo.Sample("mangkutana-2020-perubahan.csv")).ValueOrThrow(), Unit, Year, Stage.Perubahan, Build.Date("2020-08-05"),
        "Renja-P Kecamatan Mangkutana 2020", "penanganan Covid-19", Build.Actor);

    public static ImportBudget Murni() => Command(MurniRequest, MurniRecorded);

    public static ImportBudget Perubahan() => Command(PerubahanRequest, PerubahanRecorded);

    /// <summary>The command <see cref="BudgetImport"/> decides for <paramref name="request"/> at <paramref name="recorded"/>.</summary>
    public static ImportBudget Command(BudgetImportRequest request, Instant recorded)
    {
        var sheet = BudgetSheetParser.Parse(SheetReader.Read(request.Sheet).ValueOrThrow()).ValueOrThrow();
        var context = new CommandContext(
            request.Unit, request.FiscalYear, request.Stage, request.Effective, recorded, request.Actor, request.Basis, request.Reason);
        return new ImportBudget(context, request.Sheet.FileName, PlannedLines.From(sheet), sheet.HasIndicators);
    }
}
