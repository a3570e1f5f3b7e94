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
        var kodes = new KodeCells(sheet.FileName, columns);
        var rows = new List<BudgetRow>();
        var totals = new List<PrintedTotal>();
        foreach (var row in sheet.Rows)
        {
            if (string.IsNullOrWhiteSpace(columns.Text(row, LineColumns.Kode)))
            {
                var uraian = CellText.Collapse(columns.Text(row, LineColumns.Uraian));
                if (!TotalRows.IsTotalLabel(uraian))
                {
                    return SheetError.AtCell(sheet.FileName, row.RowNumber, columns.NumberOf(LineColumns.Kode), LineColumns.Kode,
                        "kode is empty on a row that is not a JUMLAH or TOTAL row");
                }
                if (TotalRows.Read(sheet.FileName, columns, row, uraian, LineColumns.Pagu, out var total) is { } badTotal)
                    return badTotal;
                if (total is not null)
                    totals.Add(total);
                continue;
            }
            if (kodes.Read(row, out var kode) is { } badKode)
                return badKode;
            if (BudgetRowParser.Parse(sheet.FileName, columns, row, kode, out var line) is { } badCell)
                return badCell;
            rows.Add(line!);
        }
        if (rows.Count == 0)
            return SheetError.InRow(sheet.FileName, sheet.HeaderRow, "the sheet has no budget lines below the header");
        return BudgetTreeBuilder.Build(sheet.FileName, columns, rows, totals);
    }
}
