namespace Ledger.Sheets.Reading;

/// <summary>Turns decoded CSV text into a <see cref="Sheet"/>.</summary>
internal static class CsvSheet
{
    public static SheetResult<Sheet> Parse(string fileName, string text)
    {
        var records = new CsvRecords(fileName, text, CsvDelimiter.Detect(text));
        List<string>? header = null;
        var headerRow = 0;
        var rows = new List<SheetRow>();
        while (records.TryNext(out var line, out var cells))
        {
            if (line > SheetLimits.MaxRows)
                return SheetError.InRow(fileName, line, $"the sheet has more than {SheetLimits.MaxRows} rows");
            RowCells.TrimTrailingEmpty(cells);
            if (cells.Count == 0)
                continue;
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToList();
                headerRow = line;
                continue;
            }
            if (RowCells.BeyondHeader(fileName, line, cells, header.Count) is { } beyond)
                return beyond;
            rows.Add(new SheetRow(line, cells));
        }
        if (records.Error is { } malformed)
            return malformed;
        if (header is null)
            return SheetError.InFile(fileName, "the file is empty; expected a header row such as kode,uraian,pagu");
        return new Sheet(fileName, header, rows) { HeaderRow = headerRow };
    }
}
