using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ledger.Sheets.Reading;

/// <summary>
/// Finds the first cell of the first worksheet that holds an error value (<c>t="e"</c>: <c>#DIV/0!</c>, <c>#N/A</c>,
/// <c>#VALUE!</c>…), with or without a formula. Such a cell holds no figure, and ClosedXML would read it as empty.
/// Reads the worksheet's XML forward only, attributes first, so a large sheet costs one pass. Stateless.
/// </summary>
internal static class XlsxErrorCells
{
    /// <summary>The error naming the first such cell, or null when there is none.</summary>
    public static SheetError? First(string fileName, byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
        var workbook = document.WorkbookPart;
        var sheet = workbook?.Workbook?.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault();
        if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            return null;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Cell) || !reader.IsStartElement || !IsError(reader))
                continue;
            var cell = (Cell)reader.LoadCurrentElement()!;
            var (row, column) = Position(cell.CellReference?.Value);
            var value = cell.CellValue?.Text is { Length: > 0 } text ? text : "(an error value)";
            return SheetError.AtCell(fileName, row, column, "", $"cell holds the error {value}");
        }
        return null;
    }

    private static bool IsError(OpenXmlReader reader)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "t")
                return attribute.Value == "e";
        }
        return false;
    }

    /// <summary>Row and column (1-based) of a reference such as <c>C3</c>; 0 where it is missing or malformed.</summary>
    private static (int Row, int Column) Position(string? reference)
    {
        if (reference is null)
            return (0, 0);
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column < 1_000_000; i++)
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row)
            ? (row, column)
            : (0, column);
    }
}
