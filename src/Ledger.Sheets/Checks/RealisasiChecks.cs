using Ledger.Sheets.Budget;
using Ledger.Sheets.Realisasi;

namespace Ledger.Sheets.Checks;

/// <summary>
/// Checks the printed totals and percentages of a realisasi sheet (with its budget sheet, when given):
/// <list type="bullet">
/// <item>each parent's printed realisasi against the sum of the leaves below it (the budget's leaves
/// when the budget is given, a leaf missing from the sheet counting 0; else the sheet's own). A
/// printed <c>-</c> is a printed 0 and is checked; an empty cell prints nothing to check;</item>
/// <item>each printed grand total (<c>JUMLAH</c>, <c>TOTAL</c>) against the sum of the leaves;</item>
/// <item><c>serapan_pct</c>, only with the budget: Σ realisasi ÷ Σ pagu of the leaves below × 100;</item>
/// <item><c>capaian_pct</c> per indicator, only with the budget (targets and arah come from it):
/// <c>naik</c> realisasi ÷ target × 100, <c>turun</c> (2 × target − realisasi) ÷ target × 100; nothing
/// to check without a target, with target 0, or for an indicator the budget line does not have.</item>
/// <item>only with the budget: a leaf whose realisasi exceeds its pagu (printed: the realisasi, computed: the pagu).</item>
/// </list>
/// A percentage agrees when the exact value, rounded half away from zero to the printed decimals, is
/// the print; a print that only truncation gives is a finding that says so; anything else is a finding
/// that the print does not follow. Findings come in row order.
/// </summary>
public static class RealisasiChecks
{
    public static IReadOnlyList<Finding> Run(RealisasiSheet sheet, BudgetSheet? budget)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var sums = new RealisasiSums(sheet, budget);
        var findings = new List<Finding>();
        foreach (var line in sheet.Lines)
        {
            if (ParentTotal(line, sums) is { } total)
                findings.Add(total);
            if (SerapanCheck.Run(line, sums) is { } serapan)
                findings.Add(serapan);
            if (sums.Budgeted(line.Kode) is { } budgeted)
            {
                findings.AddRange(CapaianCheck.Run(line, budgeted));
                if (AbovePagu(line, budgeted) is { } above)
                    findings.Add(above);
            }
        }
        foreach (var total in sheet.Totals.Where(t => t.Printed.Rupiah != sums.LeafTotal))
        {
            findings.Add(new Finding(Finding.TotalKode, total.Row, FindingText.RealisasiGrandTotal(total.Label),
                total.Printed.ToString(), FindingText.Money(sums.LeafTotal)));
        }
        return findings.OrderBy(f => f.Row).ToList();
    }

    /// <summary>A leaf that spent more than its pagu: never an error (the sheet may be right), always worth a look.</summary>
    private static Finding? AbovePagu(RealisasiLine line, BudgetLine budgeted) =>
        budgeted.IsLeaf ? Checks.AbovePagu.Check(line, budgeted.Pagu, null) : null;

    private static Finding? ParentTotal(RealisasiLine line, RealisasiSums sums)
    {
        if (line.Realisasi is not { } printed || !sums.IsTotal(line))
            return null;
        var computed = sums.Realisasi(line);
        return printed.Rupiah == computed
            ? null
            : new Finding(line.Kode.Value, line.Row, FindingText.RealisasiTotal, printed.ToString(), FindingText.Money(computed));
    }
}
