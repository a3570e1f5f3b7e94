using Ledger.Sheets.Budget;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Tests.Budget;

/// <summary>Parses budget CSV text written inline in a test, as the file <c>bad.csv</c>.</summary>
internal static class BudgetSheets
{
    public static SheetResult<BudgetSheet> Parse(string csv)
    {
        var sheet = SheetReader.ReadCsvText(csv, "bad.csv");
        return sheet.IsOk ? BudgetSheetParser.Parse(sheet.Value) : sheet.Error;
    }

    public static BudgetSheet Valid(string csv) => Parse(csv).ValueOrThrow();

    public static string Error(string csv) =>
        Parse(csv).Error?.ToString() ?? throw new InvalidOperationException("the sheet was accepted");
}
