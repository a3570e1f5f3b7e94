using Ledger.Domain.Values;
using Ledger.Sheets.Lines;

namespace Ledger.Sheets.Budget;

/// <summary>
/// A parsed budget sheet (contract §4): its lines in sheet order and its printed grand totals.
/// Every kode is unique, every line has its parent in the sheet, and no sum of pagu overflows.
/// </summary>
public sealed record BudgetSheet(string FileName, IReadOnlyList<BudgetLine> Lines, IReadOnlyList<PrintedTotal> Totals)
{
    /// <summary>The sum of the leaves' pagu: the budget's total.</summary>
    public Money LeafTotal => Money.Sum(Lines.Where(l => l.IsLeaf).Select(l => l.Pagu));

    /// <summary>
    /// Whether the sheet has an <c>indikator</c> column; without one, an import leaves the lines'
    /// indicators as they are rather than dropping them.
    /// </summary>
    public bool HasIndicators => Lines.Count > 0 && Lines[0].Columns.Has(LineColumns.Indikator);

    /// <summary>The line with a kode, or null.</summary>
    public BudgetLine? Find(Kode kode) => Lines.FirstOrDefault(l => l.Kode == kode);
}
