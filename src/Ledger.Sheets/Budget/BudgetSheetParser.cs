using Ledger.Sheets.Lines;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Budget;

/// <summary>
/// Parses a budget sheet (contract §4) into a <see cref="BudgetSheet"/>, or the first error.
/// Cell errors come first, in row order; the hierarchy is checked only once every row reads,
/// since a mistyped kode would otherwise show up as its children's missing parent.
/// </summary>
public static class BudgetSheetParser
{
    public static SheetResult<BudgetSheet> Parse(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var bound = SheetColumns.Bind(sheet, LineColumns.BudgetRequired, LineColumns.Budget);
        if (!bound.IsOk)
            return bound.Error;
        var columns = bound.Value;
        var rows = new List<BudgetRow>();
        var totals = new List<PrintedTotal>();
        if (LineRows.Read<BudgetRow>(sheet, columns, LineColumns.Pagu, BudgetRowParser.Parse, rows, totals) is { } bad)
            return bad;
        if (rows.Count == 0)
            return SheetError.InRow(sheet.FileName, sheet.HeaderRow, "the sheet has no budget lines below the header");
        return BudgetTreeBuilder.Build(sheet.FileName, columns, rows, totals);
    }
}
