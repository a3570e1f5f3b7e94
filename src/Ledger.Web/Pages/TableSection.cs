using System.Text.RegularExpressions;
using Ledger.Sheets.Writing;
using Ledger.Web.Queries;

namespace Ledger.Web.Pages;

/// <summary>
/// The part of a table page that changes with the controls and with live events: the JUMLAH summary, what the
/// table shows, the downloads, and the table. Served alone as a fragment (<c>/fragmen/{table}</c>) for the slider.
/// </summary>
internal static partial class TableSection
{
    public static Markup Render(TableKind kind, TableQuery query, Table table, LedgerClockLabel label)
    {
        var html = new HtmlWriter();
        var own = PageQuery.Of(kind, query);
        html.Add($"<section id=\"tabel\" data-segar=\"/fragmen/{kind.Name()}{own}\">\n");
        var totals = TableView.Totals(table);
        if (totals.Count > 0)
        {
            html.Add($"<dl class=\"jumlah\" aria-label=\"Jumlah\"><div class=\"judul\"><dt>JUMLAH</dt><dd>{TableView.Count(table.Rows.Count - 1)} baris</dd></div>");
            foreach (var (name, value, negative) in totals)
                html.Add($"<div{(negative ? new Markup(" class=\"neg\"") : Markup.Empty)}><dt>{name}</dt><dd>{value}</dd></div>");
            html.Add($"</dl>\n");
        }
        html.Add($"<p class=\"keterangan\">{ShortTitle(table.Title)}. {label.Describe(query)}</p>\n");
        html.Add($"<p class=\"unduh\">Unduh: ");
        foreach (var format in new[] { TableFormat.Xlsx, TableFormat.Csv, TableFormat.Html })
            html.Add($"<a href=\"/unduh/{kind.Name()}{PageQuery.Of(kind, query, format.Name())}\" download>{format.Name().ToUpperInvariant()}</a> ");
        html.Add($"</p>\n");
        html.Add(TableView.Render(table, PageQuery.UnitYear(query.Unit, query.Year)));
        return html.Add($"</section>\n").ToMarkup();
    }

    /// <summary>The table's title without the time slice, which <see cref="LedgerClockLabel"/> says in words.</summary>
    private static string ShortTitle(string title) => Slice().Replace(title, "");

    [GeneratedRegex(@", (berlaku per \d{4}-\d{2}-\d{2}|sebagaimana tercatat pada \S+|s\.d\. \d{4}-\d{2}-\d{2})")]
    private static partial Regex Slice();
}
