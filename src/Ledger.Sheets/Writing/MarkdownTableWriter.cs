using System.Text;

namespace Ledger.Sheets.Writing;

/// <summary>
/// A GitHub-flavoured markdown table for reading in a terminal or a pull request: a title line,
/// Indonesian number formats, numbers right-aligned, the total row bold.
/// </summary>
internal static class MarkdownTableWriter
{
    public static void Write(Table table, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("# " + Escape(table.Title));
        writer.WriteLine();
        writer.WriteLine(Line(table.Columns.Select(c => Escape(c.Name))));
        writer.WriteLine(Line(table.Columns.Select(c => c.IsNumeric ? "---:" : ":---")));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var bold = table.IsTotalRow(r);
            writer.WriteLine(Line(table.Rows[r].Select(cell =>
            {
                var text = Escape(CellRendering.Indonesian(cell));
                return bold && text.Length > 0 ? "**" + text + "**" : text;
            })));
        }
    }

    private static string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    // A pipe would end the cell and a line break the row.
    private static string Escape(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Replace("|", "\\|", StringComparison.Ordinal);
}
