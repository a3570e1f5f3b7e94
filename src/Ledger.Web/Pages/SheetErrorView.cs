using Ledger.Sheets;
using Ledger.Sheets.Reading;

namespace Ledger.Web.Pages;

/// <summary>
/// A rejected sheet shown where it went wrong: the rows around the one the error names, that row marked, the cell
/// of the named column outlined, and the message right beside the row.
/// </summary>
internal static class SheetErrorView
{
    /// <summary>Rows shown before and after the row in error.</summary>
    public const int Context = 3;

    /// <param name="message">The one line the user reads, as the CLI prints it after <c>error:</c>.</param>
    /// <param name="where">The row and column of the upload it is about; null when it is about no row of it.</param>
    /// <param name="sheet">The sheet as uploaded, for the rows around the one in error; null when there is none to show.</param>
    public static Markup Render(string message, SheetError? where, SheetSource? sheet)
    {
        var html = new HtmlWriter();
        html.Add($"<div class=\"ditolak\" role=\"alert\"><h2>Lembar ditolak: tidak ada yang dicatat</h2>")
            .Add($"<p>Impor berlaku semua atau tidak sama sekali; jurnal tidak berubah. Perbaiki lembar lalu unggah lagi.</p>")
            .Add($"<p class=\"galat\" id=\"pesan-galat\">{message}</p>");
        if (sheet is not null && where is { Row: > 0 } at)
        {
            var read = SheetReader.Read(sheet);
            if (read.IsOk)
                html.Add(Preview(read.Value, at.Row, at.Column, at.Message));
        }
        return html.Add($"</div>\n").ToMarkup();
    }

    private static Markup Preview(Sheet sheet, int errorRow, int errorColumn, string what)
    {
        var html = new HtmlWriter();
        html.Add($"<div class=\"gulir\"><table class=\"buku pratinjau\"><thead><tr><th class=\"num\">Baris</th>");
        for (var c = 0; c < sheet.Header.Count; c++)
            html.Add($"<th{(errorRow == sheet.HeaderRow && c + 1 == errorColumn ? new Markup(" class=\"sel-galat\"") : Markup.Empty)}>{sheet.Header[c]}</th>");
        html.Add($"<th>Kesalahan</th></tr></thead><tbody>");
        if (errorRow == sheet.HeaderRow)
            html.Add($"<tr class=\"baris-galat\"><td class=\"num\">{errorRow}</td><td colspan=\"{sheet.Header.Count}\">(judul kolom)</td><td class=\"pesan\">← {what}</td></tr>");
        foreach (var row in sheet.Rows.Where(r => Math.Abs(r.RowNumber - errorRow) <= Context))
        {
            var wrong = row.RowNumber == errorRow;
            html.Add($"<tr{(wrong ? new Markup(" class=\"baris-galat\"") : Markup.Empty)}><td class=\"num\">{row.RowNumber}</td>");
            for (var c = 0; c < sheet.Header.Count; c++)
                html.Add($"<td{(wrong && c + 1 == errorColumn ? new Markup(" class=\"sel-galat\"") : Markup.Empty)}>{row.Cell(c)}</td>");
            html.Add(wrong ? Html.Of($"<td class=\"pesan\">← {what}</td>") : Html.Of($"<td></td>"));
            html.Add($"</tr>");
        }
        return html.Add($"</tbody></table></div>").ToMarkup();
    }
}
