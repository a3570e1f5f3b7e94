namespace Ledger.Sheets.Writing;

/// <summary>Column widths from the longest displayed text, in Excel's character units.</summary>
internal static class XlsxColumnWidth
{
    public const double Min = 6;

    /// <summary>Long uraian wrap in Excel anyway; a wider column only hides the numbers.</summary>
    public const double Max = 60;

    public static double Of(Table table, int column)
    {
        var longest = table.Columns[column].Name.Length;
        foreach (var row in table.Rows)
        {
            // A cell with line breaks is as wide as its longest line.
            foreach (var line in CellRendering.Indonesian(row[column]).Split('\n'))
                longest = Math.Max(longest, line.Length);
        }
        return Math.Clamp(longest + 2, Min, Max);
    }
}
