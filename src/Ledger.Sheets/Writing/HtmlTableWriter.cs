using System.Text;

namespace Ledger.Sheets.Writing;

/// <summary>
/// A standalone HTML page (inline CSS, no external assets, <c>lang="id"</c>) that can be mailed or
/// opened offline: Indonesian number formats, numbers right-aligned, the total row bold.
/// </summary>
internal static class HtmlTableWriter
{
    private const string Style = """
        body { font-family: system-ui, "Segoe UI", Roboto, sans-serif; margin: 2rem; color: #1a1a1a; }
        h1 { font-size: 1.25rem; }
        table { border-collapse: collapse; font-size: 0.875rem; }
        th, td { border: 1px solid #c8c8c8; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
        thead th { background: #f0f0f0; position: sticky; top: 0; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: bold; border-top: 2px solid #1a1a1a; }
        """;

    public static void Write(Table table, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        var title = Escape(table.Title);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"id\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<title>{title}</title>");
        writer.WriteLine("<style>");
        writer.WriteLine(Style);
        writer.WriteLine("</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
        writer.WriteLine($"<h1>{title}</h1>");
        writer.WriteLine("<table>");
        writer.WriteLine("<thead>");
        writer.WriteLine("<tr>" + string.Concat(table.Columns.Select(c => Tag("th", c.IsNumeric, c.Name))) + "</tr>");
        writer.WriteLine("</thead>");
        writer.WriteLine("<tbody>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Select((cell, c) => Tag("td", table.Columns[c].IsNumeric, CellRendering.Indonesian(cell)));
            writer.WriteLine((table.IsTotalRow(r) ? "<tr class=\"total\">" : "<tr>") + string.Concat(cells) + "</tr>");
        }
        writer.WriteLine("</tbody>");
        writer.WriteLine("</table>");
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }

    private static string Tag(string name, bool numeric, string text) =>
        $"<{name}{(numeric ? " class=\"num\"" : "")}>{Escape(text)}</{name}>";

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
