namespace Ledger.Sheets.Reading;

/// <summary>
/// One non-blank row of a sheet. <paramref name="RowNumber"/> is the 1-based row in the file
/// (the header is row 1; for a CSV record spanning several lines, the line where it starts).
/// <paramref name="Cells"/> has trailing empty cells removed, so it may be shorter than the header.
/// </summary>
public sealed record SheetRow(int RowNumber, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at a 0-based index, or "" where the row is shorter.</summary>
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";
}
