using Ledger.Sheets.Hierarchy;
using Ledger.Sheets.Lines;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Realisasi;

/// <summary>
/// Parses a realisasi sheet (contract §5) into a <see cref="RealisasiSheet"/>, or the first error.
/// Parents are placed by the kodes present, with the budget's rule; unlike a budget, a realisasi
/// sheet may report on a few lines only, so a line without its parent in the sheet is no error.
/// </summary>
public static class RealisasiSheetParser
{
    public static SheetResult<RealisasiSheet> Parse(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var bound = SheetColumns.Bind(sheet, LineColumns.RealisasiRequired, LineColumns.RealisasiAll);
        if (!bound.IsOk)
            return bound.Error;
        var columns = bound.Value;
        var kodes = new KodeCells(sheet.FileName, columns);
        var lines = new List<RealisasiLine>();
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
                if (TotalRows.Read(sheet.FileName, columns, row, uraian, LineColumns.Realisasi, out var total) is { } badTotal)
                    return badTotal;
                if (total is not null)
                    totals.Add(total);
                continue;
            }
            if (kodes.Read(row, out var kode) is { } badKode)
                return badKode;
            if (RealisasiRowParser.Parse(sheet.FileName, columns, row, kode, out var line) is { } badCell)
                return badCell;
            lines.Add(line!);
        }
        if (lines.Count == 0)
            return SheetError.InRow(sheet.FileName, sheet.HeaderRow, "the sheet has no realisasi lines below the header");
        var tree = new KodeTree(lines.Select(l => l.Kode));
        var placed = lines.Select(l => l with { Parent = tree.ParentOf(l.Kode), IsLeaf = tree.IsLeaf(l.Kode) }).ToList();
        if (SumGuard(sheet.FileName, columns, placed) is { } tooLarge)
            return tooLarge;
        return new RealisasiSheet(sheet.FileName, placed, totals);
    }

    // Same guarantee as the budget's: later sums of realisasi fit in 64-bit Rupiah.
    private static SheetError? SumGuard(string fileName, SheetColumns columns, List<RealisasiLine> lines)
    {
        var magnitude = 0m;
        foreach (var line in lines.Where(l => l.IsLeaf && l.Realisasi is not null))
        {
            magnitude += Math.Abs((decimal)line.Realisasi!.Value.Rupiah);
            if (magnitude > long.MaxValue)
            {
                return SheetError.AtCell(fileName, line.Row, columns.NumberOf(LineColumns.Realisasi), LineColumns.Realisasi,
                    "realisasi makes the sheet's total larger than the ledger can hold");
            }
        }
        return null;
    }
}
