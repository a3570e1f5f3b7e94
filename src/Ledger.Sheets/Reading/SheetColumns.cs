namespace Ledger.Sheets.Reading;

/// <summary>
/// Where each known column sits in a sheet, by header name. Names match case-insensitively and
/// trimmed, and spaces or hyphens count as underscores, so <c>Sumber Dana</c> is <c>sumber_dana</c>.
/// Column numbers are 1-based, as in error positions; 0 means the sheet has no such column.
/// </summary>
public sealed class SheetColumns
{
    private readonly Dictionary<string, int> _numbers;

    private SheetColumns(Dictionary<string, int> numbers) => _numbers = numbers;

    /// <summary>Known column names in header order, mapped to their 1-based numbers.</summary>
    public IReadOnlyDictionary<string, int> Numbers => _numbers;

    /// <summary>
    /// Finds the <paramref name="known"/> columns in the header. A missing required column is an error
    /// at row 1, as is a known column given twice (it would be unclear which one counts).
    /// </summary>
    public static SheetResult<SheetColumns> Bind(Sheet sheet, IReadOnlyList<string> required, IReadOnlyList<string> known)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sheet.Header.Count; i++)
        {
            var name = Normalize(sheet.Header[i]);
            if (!known.Contains(name))
                continue;
            if (numbers.TryGetValue(name, out var first))
            {
                return SheetError.AtCell(sheet.FileName, sheet.HeaderRow, i + 1, name,
                    $"column {name} appears twice (columns {first} and {i + 1})");
            }
            numbers[name] = i + 1;
        }
        foreach (var name in required)
        {
            if (!numbers.ContainsKey(name))
            {
                return SheetError.InRow(sheet.FileName, sheet.HeaderRow,
                    $"missing required column {name}");
            }
        }
        return new SheetColumns(numbers);
    }

    /// <summary>The 1-based column number, or 0 when the sheet has no such column.</summary>
    public int NumberOf(string name) => _numbers.GetValueOrDefault(name);

    public bool Has(string name) => _numbers.ContainsKey(name);

    /// <summary>The raw text of a column in a row; "" when the column or cell is absent.</summary>
    public string Text(SheetRow row, string name) =>
        _numbers.TryGetValue(name, out var number) ? row.Cell(number - 1) : "";

    // A byte order mark left in the first header cell (a file saved with two of them) is invisible to the
    // user, who would be told a column is missing that the header plainly shows.
    public static string Normalize(string headerName) =>
        string.Join('_', headerName.Replace("\uFEFF", "", StringComparison.Ordinal).Trim().ToLowerInvariant()
            .Split([' ', '\t', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
