namespace Ledger.Sheets.Reading;

/// <summary>
/// A sheet as read from a CSV or XLSX file: its header (trimmed, as printed) and its non-blank rows,
/// every cell as text. Nothing is interpreted yet; the budget and realisasi parsers do that.
/// </summary>
/// <param name="FileName">The file as the user named it; error positions use this name.</param>
/// <param name="Header">Header cells, trimmed, trailing empty ones removed. The header is the first non-blank row.</param>
/// <param name="Rows">The rows below the header, in file order, blank rows left out.</param>
public sealed record Sheet(string FileName, IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows)
{
    /// <summary>Row number of the header in the file (1 unless blank rows come first).</summary>
    public int HeaderRow { get; init; } = 1;
}
