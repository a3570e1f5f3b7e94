using System.Text;

namespace Ledger.Sheets.Writing;

/// <summary>
/// CSV for scripts (contract §6): a header of column names, plain numbers, text quoted only where
/// needed, LF line ends, UTF-8 without a byte order mark. A text cell that a spreadsheet would take for a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading <c>'</c>, as OWASP
/// advises against CSV injection; numbers are never touched, so <c>-163455870</c> in a money column stays a number.
/// </summary>
internal static class CsvTableWriter
{
    public static void Write(Table table, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Quote(c.Name))));
        foreach (var row in table.Rows)
            writer.WriteLine(string.Join(',', row.Select(cell => Quote(Neutral(cell)))));
    }

    private static string Neutral(Cell cell)
    {
        var text = CellRendering.Plain(cell);
        return CellRendering.Words(cell) is not null && StartsLikeFormula(text) ? "'" + text : text;
    }

    /// <summary>Whether a spreadsheet could take the text for a formula; blank text is none.</summary>
    private static bool StartsLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !string.IsNullOrWhiteSpace(text);

    private static string Quote(string text)
    {
        var needs = text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
        return needs ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
