using System.Text;

namespace Ledger.Sheets.Writing;

/// <summary>
/// CSV for scripts (contract §6): a header of column names, plain numbers, text quoted only where
/// needed, LF line ends, UTF-8 without a byte order mark.
/// </summary>
internal static class CsvTableWriter
{
    public static void Write(Table table, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Quote(c.Name))));
        foreach (var row in table.Rows)
            writer.WriteLine(string.Join(',', row.Select(cell => Quote(CellRendering.Plain(cell)))));
    }

    private static string Quote(string text)
    {
        var needs = text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
        return needs ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
