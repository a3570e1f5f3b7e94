using Ledger.Domain.Values;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Lines;

/// <summary>Reads one kind of line from a row whose kode is already read; returns the first error of the row.</summary>
internal delegate SheetError? LineRowParser<TLine>(string fileName, SheetColumns columns, SheetRow row, Kode kode, out TLine? line)
    where TLine : class;

/// <summary>
/// The row loop budget and realisasi sheets share: a row with a kode is a line, a row without one must be a
/// printed JUMLAH / TOTAL row (its <paramref name="amountColumn"/> is kept as a printed total, never stored).
/// Stops at the first error, in row order.
/// </summary>
internal static class LineRows
{
    public static SheetError? Read<TLine>(
        Sheet sheet, SheetColumns columns, string amountColumn, LineRowParser<TLine> parse, List<TLine> lines, List<PrintedTotal> totals)
        where TLine : class
    {
        var kodes = new KodeCells(sheet.FileName, columns);
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
                if (TotalRows.Read(sheet.FileName, columns, row, uraian, amountColumn, out var total) is { } badTotal)
                    return badTotal;
                if (total is not null)
                    totals.Add(total);
                continue;
            }
            if (kodes.Read(row, out var kode) is { } badKode)
                return badKode;
            if (parse(sheet.FileName, columns, row, kode, out var line) is { } badCell)
                return badCell;
            lines.Add(line!);
        }
        return null;
    }
}
