using Ledger.Sheets.Budget;
using Ledger.Sheets.Checks;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Realisasi;

namespace Ledger.Sheets.Tests.Checks;

/// <summary>Realisasi and budget sheets written inline in a test, and their findings as short text.</summary>
internal static class RealisasiSheets
{
    public static RealisasiSheet Realisasi(string csv)
    {
        var sheet = SheetReader.ReadCsvText(csv, "r.csv").ValueOrThrow();
        return RealisasiSheetParser.Parse(sheet).ValueOrThrow();
    }

    public static BudgetSheet Budget(string csv) => Ledger.Sheets.Tests.Budget.BudgetSheets.Valid(csv);

    public static IReadOnlyList<Finding> Check(string realisasi, string? budget = null) =>
        RealisasiChecks.Run(Realisasi(realisasi), budget is null ? null : Budget(budget));

    /// <summary><c>kode what: printed X, computed Y</c>, one string a finding.</summary>
    public static string[] Said(IReadOnlyList<Finding> findings) =>
        findings.Select(f => $"{f.Kode} {f.What}: printed {f.Printed}, computed {f.Computed}").ToArray();
}
