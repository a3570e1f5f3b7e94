using ClosedXML.Excel;

namespace Ledger.Sheets.Writing;

/// <summary>
/// An XLSX workbook with one sheet named after the table: typed numeric cells with number formats
/// (how separators look is Excel's locale's business), a frozen bold header and a bold total row.
/// Column widths come from text lengths: measuring fonts needs libgdiplus, absent on servers.
/// </summary>
internal static class XlsxTableWriter
{
    /// <summary>Money: grouped whole numbers, negatives in parentheses.</summary>
    public const string MoneyFormat = "#,##0;(#,##0)";

    public const string PercentFormat = "0.00";

    public static void Write(Table table, Stream output)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(XlsxSheetName.From(table.Title));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(table.Columns[c].Name);
            sheet.Column(c + 1).Width = XlsxColumnWidth.Of(table, c);
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
                Set(sheet.Cell(r + 2, c + 1), table.Rows[r][c]);
            if (table.IsTotalRow(r))
                sheet.Row(r + 2).Style.Font.Bold = true;
        }
        // ClosedXML may seek while saving; stdout and HTTP bodies cannot.
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Set(IXLCell target, Cell cell)
    {
        switch (cell)
        {
            case TextCell or TargetsCell or PhraseCell:
                // SetValue keeps text as text: a kode like 7.01 must not turn into a number, nor =… into a formula.
                target.SetValue(CellRendering.Words(cell));
                break;
            case MoneyCell m:
                target.SetValue(m.Amount.Rupiah);
                target.Style.NumberFormat.Format = MoneyFormat;
                break;
            case PercentCell p:
                target.SetValue(Numbers.Indonesian.Round2(p.Value));
                target.Style.NumberFormat.Format = PercentFormat;
                break;
            case NumberCell n:
                target.SetValue(n.Value);
                target.Style.NumberFormat.Format = decimal.IsInteger(n.Value) ? "#,##0" : "#,##0.0###########";
                break;
            case EmptyCell:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), cell, null);
        }
    }
}
