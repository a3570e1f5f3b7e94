namespace Ledger.Sheets.Reading;

/// <summary>Normalises text cells the way printed documents need it.</summary>
internal static class CellText
{
    /// <summary>
    /// Trimmed, with every run of white space (line breaks of wrapped cells, non-breaking spaces)
    /// made one space.
    /// </summary>
    public static string Collapse(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Null for an empty cell, else its collapsed text.</summary>
    public static string? OrNull(string? text) => Collapse(text) is { Length: > 0 } collapsed ? collapsed : null;

    /// <summary>
    /// Splits a <c>;</c>-separated list (indicators, targets) into trimmed, collapsed items.
    /// A trailing <c>;</c> adds no item; an empty cell is an empty list.
    /// </summary>
    public static List<string> SplitList(string? text)
    {
        var items = (text ?? "").Split(';').Select(Collapse).ToList();
        while (items.Count > 0 && items[^1].Length == 0)
            items.RemoveAt(items.Count - 1);
        return items;
    }
}
