using System.Collections.Immutable;
using System.Text;
using Ledger.Sheets.Reading;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// A sheet as a grid of text cells, header first, that mutations change and <see cref="ToCsv"/> writes back.
/// Cells are quoted only where the text needs it, so a cell mutation changes that cell and nothing else.
/// </summary>
internal sealed record CsvTable(ImmutableList<string> Header, ImmutableList<ImmutableList<string>> Rows)
{
    public static CsvTable FromFile(string path)
    {
        var sheet = SheetReader.Read(path).ValueOrThrow();
        var width = sheet.Header.Count;
        var rows = sheet.Rows
            .Select(r => Enumerable.Range(0, width).Select(r.Cell).ToImmutableList())
            .ToImmutableList();
        return new CsvTable([.. sheet.Header], rows);
    }

    public int Width => Header.Count;

    public int ColumnOf(string name) => Header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));

    public CsvTable WithCell(int row, int column, string text)
    {
        var cells = Rows[row];
        while (cells.Count <= column)
            cells = cells.Add("");
        return this with { Rows = Rows.SetItem(row, cells.SetItem(column, text)) };
    }

    /// <summary>Applies the same change to the header and every row, so columns stay lined up.</summary>
    public CsvTable MapColumns(Func<ImmutableList<string>, ImmutableList<string>> change) =>
        new(change(Header), Rows.Select(r => change(Pad(r))).ToImmutableList());

    public string ToCsv(char delimiter = ',', string newline = "\n", bool finalNewline = true)
    {
        var text = new StringBuilder();
        var lines = Rows.Prepend(Header).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            text.AppendJoin(delimiter, lines[i].Select(c => Quote(c, delimiter)));
            if (i < lines.Count - 1 || finalNewline)
                text.Append(newline);
        }
        return text.ToString();
    }

    /// <summary>The 1-based line a data row starts on in <see cref="ToCsv"/>'s output.</summary>
    public int FileRowOf(int row) =>
        2 + Header.Sum(NewlinesIn) + Rows.Take(row).Sum(r => 1 + r.Sum(NewlinesIn));

    private ImmutableList<string> Pad(ImmutableList<string> row)
    {
        while (row.Count < Width)
            row = row.Add("");
        return row;
    }

    private static int NewlinesIn(string cell) =>
        cell.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r');

    private static string Quote(string cell, char delimiter) =>
        cell.Contains(delimiter) || cell.Contains('"') || cell.Contains('\n') || cell.Contains('\r')
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
}
