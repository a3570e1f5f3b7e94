using ClosedXML.Excel;

namespace Ledger.Sheets.Reading;

/// <summary>Reads the first worksheet of an XLSX workbook into a <see cref="Sheet"/> of text cells.</summary>
internal static class XlsxSheet
{
    public static SheetResult<Sheet> Read(string fileName, byte[] bytes)
    {
        if (XlsxBounds.Check(fileName, bytes) is { } tooLarge)
            return tooLarge;
        try
        {
            // ClosedXML reads an error cell (#DIV/0!, #N/A) as an empty one, which a pagu column takes for 0.
            if (XlsxErrorCells.First(fileName, bytes) is { } errorCell)
                return errorCell;
            using var workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
            var worksheet = workbook.Worksheets.FirstOrDefault();
            return worksheet is null
                ? SheetError.InFile(fileName, "the workbook has no worksheet")
                : Read(fileName, worksheet);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ClosedXML and the OpenXML SDK throw many unrelated types for a damaged archive;
            // for the user they all mean the same thing.
            return SheetError.InFile(fileName, "cannot be read as an XLSX workbook: " + e.Message);
        }
    }

    private static SheetResult<Sheet> Read(string fileName, IXLWorksheet worksheet)
    {
        List<string>? header = null;
        var headerRow = 0;
        var rows = new List<SheetRow>();
        foreach (var row in worksheet.RowsUsed())
        {
            var number = row.RowNumber();
            if (number > SheetLimits.MaxRows)
                return SheetError.InRow(fileName, number, $"the sheet has more than {SheetLimits.MaxRows} rows");
            var cells = Cells(fileName, row, out var error);
            if (error is not null)
                return error;
            RowCells.TrimTrailingEmpty(cells);
            if (cells.Count == 0)
                continue;
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToList();
                headerRow = number;
                continue;
            }
            if (RowCells.BeyondHeader(fileName, number, cells, header.Count) is { } beyond)
                return beyond;
            rows.Add(new SheetRow(number, cells));
        }
        if (header is null)
            return SheetError.InFile(fileName, "the first worksheet is empty; expected a header row such as kode, uraian, pagu");
        return new Sheet(fileName, header, rows) { HeaderRow = headerRow };
    }

    private static List<string> Cells(string fileName, IXLRow row, out SheetError? error)
    {
        error = null;
        var cells = new List<string>();
        foreach (var cell in row.CellsUsed())
        {
            var column = cell.Address.ColumnNumber;
            if (column > SheetLimits.MaxColumns)
            {
                error = SheetError.InRow(fileName, row.RowNumber(), $"row has more than {SheetLimits.MaxColumns} columns");
                return cells;
            }
            while (cells.Count < column - 1)
                cells.Add("");
            if (!XlsxCellText.TryRender(cell, out var text))
            {
                error = SheetError.AtCell(fileName, row.RowNumber(), column, "",
                    "cell holds a formula without a saved value; open and save the workbook in Excel");
                return cells;
            }
            if (text.Length > SheetLimits.MaxCellChars)
            {
                // Excel can't write a longer cell, so the file was damaged or made by something else: never cut it short.
                error = SheetError.AtCell(fileName, row.RowNumber(), column, "",
                    $"cell is longer than {SheetLimits.MaxCellChars} characters (Excel's limit; {text.Length} here): the sheet is damaged");
                return cells;
            }
            cells.Add(text);
        }
        return cells;
    }
}
