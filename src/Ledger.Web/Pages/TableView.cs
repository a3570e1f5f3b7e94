using System.Globalization;
using Ledger.Sheets.Writing;

namespace Ledger.Web.Pages;

/// <summary>
/// A ledger table as HTML: Indonesian numbers, rows classed by level, negative amounts marked, predikat coloured,
/// and each line's kode a link to its history (the pages open it in a dialog).
/// </summary>
internal static class TableView
{
    /// <param name="historyQuery">The unit-year's query (<c>?unit=…&amp;year=…</c>) for history links; null for no links.</param>
    public static Markup Render(Table table, string? historyQuery, string id = "tabel-data")
    {
        var html = new HtmlWriter();
        var kodeColumn = IndexOf(table, "kode");
        var levelColumn = IndexOf(table, "level");
        html.Add($"<div class=\"gulir\"><table class=\"buku\" id=\"{id}\"><thead><tr>");
        foreach (var column in table.Columns)
            html.Add($"<th scope=\"col\"{Numeric(column)}>{CellView.Header(column.Name)}</th>");
        html.Add($"</tr></thead>\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var total = table.IsTotalRow(r);
            var kode = kodeColumn >= 0 ? CellView.Text(row[kodeColumn]) : "";
            var level = levelColumn >= 0 ? CellView.Text(row[levelColumn]) : "";
            var rowClass = total ? "total" : level.Length > 0 ? "lv-" + level : "";
            var kodeAttribute = !total && historyQuery is not null && kode.Length > 0
                ? Html.Of($" data-kode=\"{kode}\"")
                : Markup.Empty;
            html.Add($"<tr class=\"{rowClass}\"{kodeAttribute}>");
            for (var c = 0; c < table.Columns.Count; c++)
                Cell(html, table.Columns[c], row[c], c == kodeColumn && !total ? historyQuery : null, kode);
            html.Add($"</tr>\n");
        }
        return html.Add($"</tbody></table></div>\n").ToMarkup();
    }

    /// <summary>The total row's money and percentage cells with their headers, for the summary above a table.</summary>
    public static IReadOnlyList<(string Label, string Value, bool Negative)> Totals(Table table)
    {
        if (table.TotalRowIndex is not { } index)
            return [];
        var row = table.Rows[index];
        return table.Columns
            .Select((column, c) => (column, cell: row[c]))
            .Where(x => x.cell is MoneyCell or PercentCell)
            .Select(x => (CellView.Header(x.column.Name), CellView.Text(x.cell), x.cell is MoneyCell { Amount.IsNegative: true }))
            .ToList();
    }

    private static void Cell(HtmlWriter html, Column column, Ledger.Sheets.Writing.Cell cell, string? historyQuery, string kode)
    {
        var text = column.Name == "level" ? CellView.Level(CellView.Text(cell)) : CellView.Text(cell);
        if (column.Name == "peristiwa")
            text = EventNames.Label(text);
        var classes = new List<string>(3);
        if (column.IsNumeric)
            classes.Add("num");
        if (cell is MoneyCell { Amount.IsNegative: true })
            classes.Add("neg");
        if (column.Name == "predikat")
            classes.Add("predikat " + CellView.PredikatClass(text));
        else if (column.Name is "capaian_pct" or "capaian_k_pct")
            classes.Add(CellView.PercentClass(cell));
        // Class names are this file's constants and predikat words made into slugs: safe as they are.
        var classAttribute = classes.Count == 0 ? Markup.Empty : new Markup(" class=\"" + string.Join(' ', classes).Trim() + "\"");
        if (historyQuery is not null && text.Length > 0)
            html.Add($"<td{classAttribute}><a class=\"kode\" href=\"/riwayat{historyQuery}&kode={Uri.EscapeDataString(kode)}\">{text}</a></td>");
        else
            html.Add($"<td{classAttribute}>{text}</td>");
    }

    private static Markup Numeric(Column column) => column.IsNumeric ? new Markup(" class=\"num\"") : Markup.Empty;

    private static int IndexOf(Table table, string name)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (string.Equals(table.Columns[c].Name, name, StringComparison.Ordinal))
                return c;
        }
        return -1;
    }

    public static string Count(int rows) => rows.ToString("#,##0", CultureInfo.InvariantCulture).Replace(',', '.');
}
