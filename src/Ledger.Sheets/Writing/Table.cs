namespace Ledger.Sheets.Writing;

/// <summary>
/// A table ready to be written in any format (<see cref="TableWriter"/>): a title, typed columns and
/// rows of cells, optionally one total row (contract §6: the last row, kode <c>JUMLAH</c>).
/// Its shape is checked on construction; a table that does not fit its columns is a bug, so it throws.
/// </summary>
public sealed class Table
{
    /// <summary>Most rows a table may have.</summary>
    public const int MaxRows = 1_000_000;

    public Table(string title, IReadOnlyList<Column> columns, IReadOnlyList<IReadOnlyList<Cell>> rows, int? totalRowIndex = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
            throw new ArgumentException("a table needs at least one column", nameof(columns));
        if (columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != columns.Count)
            throw new ArgumentException("column names must be unique", nameof(columns));
        if (rows.Count > MaxRows)
            throw new ArgumentException($"a table has at most {MaxRows} rows", nameof(rows));
        for (var r = 0; r < rows.Count; r++)
            CheckRow(columns, rows[r], r);
        if (totalRowIndex is { } t && (t < 0 || t >= rows.Count))
            throw new ArgumentOutOfRangeException(nameof(totalRowIndex), t, "the total row must be one of the rows");
        Title = title;
        Columns = columns;
        Rows = rows;
        TotalRowIndex = totalRowIndex;
    }

    public string Title { get; }

    public IReadOnlyList<Column> Columns { get; }

    public IReadOnlyList<IReadOnlyList<Cell>> Rows { get; }

    /// <summary>The 0-based index in <see cref="Rows"/> of the total row, shown bold; null when none.</summary>
    public int? TotalRowIndex { get; }

    public bool IsTotalRow(int rowIndex) => rowIndex == TotalRowIndex;

    private static void CheckRow(IReadOnlyList<Column> columns, IReadOnlyList<Cell> row, int index)
    {
        if (row is null || row.Count != columns.Count)
            throw new ArgumentException($"row {index} has {row?.Count ?? 0} cells for {columns.Count} columns", nameof(row));
        for (var c = 0; c < columns.Count; c++)
        {
            if (row[c] is null || !row[c].Fits(columns[c].Kind))
            {
                throw new ArgumentException(
                    $"row {index}, column {columns[c].Name}: a {row[c]?.GetType().Name ?? "null"} in a {columns[c].Kind} column", nameof(row));
            }
        }
    }
}
