namespace Ledger.Sheets.Writing;

/// <summary>
/// Writes a <see cref="Table"/> in one of the <see cref="TableFormat"/>s to a stream, which it leaves open.
/// Every format shows the same cells: plain numbers in csv and json, Indonesian formats in md and html,
/// typed cells in xlsx.
/// </summary>
public static class TableWriter
{
    public static void Write(Table table, TableFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case TableFormat.Md:
                MarkdownTableWriter.Write(table, output);
                break;
            case TableFormat.Csv:
                CsvTableWriter.Write(table, output);
                break;
            case TableFormat.Json:
                JsonTableWriter.Write(table, output);
                break;
            case TableFormat.Xlsx:
                XlsxTableWriter.Write(table, output);
                break;
            case TableFormat.Html:
                HtmlTableWriter.Write(table, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>Writes in the format named <c>md</c>, <c>csv</c>, <c>json</c>, <c>xlsx</c> or <c>html</c>.</summary>
    /// <exception cref="ArgumentException">The name is none of these; callers validate user input with <see cref="TableFormats.TryParse"/>.</exception>
    public static void Write(Table table, string format, Stream output)
    {
        if (!TableFormats.TryParse(format, out var parsed))
            throw new ArgumentException($"unknown table format '{format}'; expected md, csv, json, xlsx or html", nameof(format));
        Write(table, parsed, output);
    }
}
