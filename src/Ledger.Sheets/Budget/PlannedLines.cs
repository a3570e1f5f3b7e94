using Ledger.Domain.Budget.Commands;

namespace Ledger.Sheets.Budget;

/// <summary>Turns a parsed budget sheet into the lines of the domain's <c>ImportBudget</c> command.</summary>
public static class PlannedLines
{
    /// <summary>
    /// The sheet's lines in sheet order, each with its own pagu (leaves) or zero (parents).
    /// Printed parent pagu and totals are not carried over: they are checked, never stored.
    /// </summary>
    public static IReadOnlyList<PlannedLine> From(BudgetSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet.Lines
            .Select(line => new PlannedLine(
                line.Kode,
                line.Level,
                line.Parent,
                line.Uraian,
                line.Attributes,
                line.Pagu,
                line.Indicators.Select(i => new PlannedIndicator(i.Name, i.Target, i.Arah) { TargetRenstra = i.TargetRenstra }).ToList())
            {
                PaguRenstra = line.PaguRenstra,
            })
            .ToList();
    }
}
