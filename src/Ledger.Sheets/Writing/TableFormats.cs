namespace Ledger.Sheets.Writing;

/// <summary>Names, file extensions and media types of the <see cref="TableFormat"/>s.</summary>
public static class TableFormats
{
    public static readonly IReadOnlyList<TableFormat> All =
        [TableFormat.Md, TableFormat.Csv, TableFormat.Json, TableFormat.Xlsx, TableFormat.Html];

    /// <summary>The name on the command line and in <c>format=</c>: <c>md</c>, <c>csv</c>, <c>json</c>, <c>xlsx</c>, <c>html</c>.</summary>
    public static string Name(this TableFormat format) => format switch
    {
        TableFormat.Md => "md",
        TableFormat.Csv => "csv",
        TableFormat.Json => "json",
        TableFormat.Xlsx => "xlsx",
        TableFormat.Html => "html",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string MediaType(this TableFormat format) => format switch
    {
        TableFormat.Md => "text/markdown; charset=utf-8",
        TableFormat.Csv => "text/csv; charset=utf-8",
        TableFormat.Json => "application/json",
        TableFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        TableFormat.Html => "text/html; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Parses a format name, case-insensitively and trimmed.</summary>
    public static bool TryParse(string? name, out TableFormat format)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }
        format = default;
        return false;
    }

    /// <summary>
    /// The format an output path asks for by its extension (<c>.md</c>/<c>.markdown</c>, <c>.csv</c>,
    /// <c>.json</c>, <c>.xlsx</c>, <c>.html</c>/<c>.htm</c>), or null when it names none.
    /// </summary>
    public static TableFormat? FromExtension(string path) =>
        Path.GetExtension(path ?? "").ToLowerInvariant() switch
        {
            ".md" or ".markdown" => TableFormat.Md,
            ".csv" => TableFormat.Csv,
            ".json" => TableFormat.Json,
            ".xlsx" => TableFormat.Xlsx,
            ".html" or ".htm" => TableFormat.Html,
            _ => null,
        };
}
