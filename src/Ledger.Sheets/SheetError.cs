namespace Ledger.Sheets;

/// <summary>
/// An expected rejection of a sheet: where it is (file as the user named it, 1-based row, 1-based
/// column or 0 when the whole row or file is meant) and what is wrong, in one line of plain English.
/// <see cref="ToString"/> gives <c>FILE:ROW:COLUMN what</c>, which the CLI prints after <c>error: </c>.
/// </summary>
public sealed record SheetError(string File, int Row, int Column, string ColumnName, string Message)
{
    /// <summary>An error about the file as a whole (missing, unreadable, not a sheet): row 0, column 0.</summary>
    public static SheetError InFile(string file, string message) => new(file, 0, 0, "", OneLine(message));

    /// <summary>An error about a whole row, or a row-level fact such as a missing column (row 1).</summary>
    public static SheetError InRow(string file, int row, string message) => new(file, row, 0, "", OneLine(message));

    /// <summary>
    /// An error in one cell. The message is prefixed with the column name, so a parser's problem
    /// <c>'12x' is not a Rupiah amount</c> reads <c>pagu '12x' is not a Rupiah amount</c>.
    /// </summary>
    public static SheetError InCell(string file, int row, int column, string columnName, string problem) =>
        new(file, row, column, columnName, OneLine(columnName + " " + problem));

    /// <summary>An error in one cell whose message already says what it is about.</summary>
    public static SheetError AtCell(string file, int row, int column, string columnName, string message) =>
        new(file, row, column, columnName, OneLine(message));

    public override string ToString() => $"{File}:{Row}:{Column} {Message}";

    // The CLI prints one line per error; a cell value quoted into a message may carry line breaks, of any
    // kind a terminal honours (vertical tab, form feed, NEL, U+2028/9), or other control characters.
    private static readonly char[] Breaks =
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c), '\u2028', '\u2029'];

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(Breaks, StringSplitOptions.RemoveEmptyEntries));
}
