using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Performance;

/// <summary>Parses a kinerja sheet (contract §9.3) into a <see cref="KinerjaSheet"/>, or the first error in row order.</summary>
public static class KinerjaSheetParser
{
    public static SheetResult<KinerjaSheet> Parse(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (PerformanceCells.TooManyRows(sheet) is { } tooMany)
            return tooMany;
        var bound = SheetColumns.Bind(sheet, PerformanceColumns.KinerjaRequired, PerformanceColumns.Kinerja);
        if (!bound.IsOk)
            return bound.Error;
        var columns = bound.Value;
        var rows = new List<KinerjaRow>();
        var indicators = new IndicatorRows(sheet.FileName, columns);
        foreach (var row in sheet.Rows)
        {
            var cells = new PerformanceCells(sheet.FileName, columns, row);
            if (cells.Name(PerformanceColumns.Indikator, out var indikator) is { } badName)
                return badName;
            if (cells.RequiredQuantity(PerformanceColumns.Realisasi, out var realisasi) is { } badRealisasi)
                return badRealisasi;
            if (cells.Percent(PerformanceColumns.CapaianPct, out var capaian) is { } badCapaian)
                return badCapaian;
            if (indicators.Add(indikator, row.RowNumber) is { } twice)
                return twice;
            rows.Add(new KinerjaRow(row.RowNumber, indikator, realisasi, capaian));
        }
        if (rows.Count == 0)
            return SheetError.InRow(sheet.FileName, sheet.HeaderRow, "the sheet has no kinerja rows below the header");
        return new KinerjaSheet(sheet.FileName, rows);
    }
}
