using Ledger.Sheets.Budget;

namespace Ledger.Sheets.Checks;

/// <summary>
/// Checks the printed sums of a budget sheet: each parent's printed pagu against the sum of its
/// children (computed from the leaves up, never from other printed sums), and each printed grand
/// total against the sum of the leaves. A parent's <c>-</c> is a printed 0 and is checked; an empty
/// cell prints nothing and is not. Findings come in row order.
/// </summary>
public static class BudgetChecks
{
    public static IReadOnlyList<Finding> Run(BudgetSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var sums = SubtreeSums.Compute(sheet.Lines, l => l.Kode, l => l.Parent, l => l.IsLeaf, l => l.Pagu.Rupiah);
        var findings = new List<Finding>();
        foreach (var line in sheet.Lines)
        {
            if (line.IsLeaf || line.PrintedPagu is not { } printed || printed.Rupiah == sums[line.Kode])
                continue;
            findings.Add(new Finding(line.Kode.Value, line.Row, "pagu differs from the sum of its children",
                printed.ToString(), FindingText.Money(sums[line.Kode])));
        }
        var leaves = sheet.LeafTotal;
        foreach (var total in sheet.Totals.Where(t => t.Printed != leaves))
        {
            findings.Add(new Finding(Finding.TotalKode, total.Row, $"printed total '{total.Label}' differs from the sum of the leaves' pagu",
                total.Printed.ToString(), leaves.ToString()));
        }
        return findings.OrderBy(f => f.Row).ToList();
    }
}
