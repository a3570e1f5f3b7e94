namespace Ledger.Sheets.Reading;

/// <summary>Rules shared by the CSV and XLSX readers for the cells of one row.</summary>
internal static class RowCells
{
    /// <summary>
    /// Drops trailing empty (or all-blank) cells: spreadsheet exports pad rows with delimiters,
    /// and a row of nothing but delimiters is a blank row.
    /// </summary>
    public static void TrimTrailingEmpty(List<string> cells)
    {
        while (cells.Count > 0 && string.IsNullOrWhiteSpace(cells[^1]))
            cells.RemoveAt(cells.Count - 1);
    }

    /// <summary>
    /// A row may be shorter than the header, never longer: a non-empty cell without a column
    /// usually means an unquoted delimiter shifted the row, so its values would land in wrong columns.
    /// </summary>
    public static SheetError? BeyondHeader(string fileName, int row, List<string> cells, int headerCount)
    {
        if (cells.Count <= headerCount)
            return null;
        var column = headerCount + 1;
        while (string.IsNullOrWhiteSpace(cells[column - 1]))
            column++;
        return SheetError.AtCell(fileName, row, column, "",
            $"row has {cells.Count} cells but the header has only {headerCount} columns (an unquoted delimiter?)");
    }
}
