using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace Ledger.Sheets.Tests.Writing;

/// <summary>
/// A text picture of a workbook, for golden files: XLSX archives carry timestamps, so they are
/// compared by what a reader sees (types, values, formats, bold, frozen rows, widths), not by bytes.
/// </summary>
internal static class XlsxDump
{
    public static string Of(byte[] xlsx)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var text = new StringBuilder();
        foreach (var sheet in workbook.Worksheets)
        {
            text.Append("sheet '").Append(sheet.Name).Append("' frozen rows ").Append(sheet.SheetView.SplitRow).Append('\n');
            var lastColumn = sheet.LastColumnUsed()!.ColumnNumber();
            for (var c = 1; c <= lastColumn; c++)
                text.Append(CultureInfo.InvariantCulture, $"column {c} width {sheet.Column(c).Width}\n");
            foreach (var cell in sheet.CellsUsed())
            {
                var value = Convert.ToString(cell.Value, CultureInfo.InvariantCulture)!.ReplaceLineEndings("\\n");
                text.Append(cell.Address.ToString()).Append(' ').Append(cell.DataType).Append(" [").Append(value).Append(']');
                if (cell.Style.NumberFormat.Format is { Length: > 0 } format)
                    text.Append(" format ").Append(format);
                if (cell.Style.Font.Bold)
                    text.Append(" bold");
                text.Append('\n');
            }
        }
        return text.ToString();
    }
}
