using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Performance;

/// <summary>
/// Parses a Perjanjian Kinerja sheet (contract §9.2) into a <see cref="PkSheet"/>, or the first error in row order.
/// An empty <c>sasaran</c> repeats the row above; <c>target</c> is required; <c>program</c> is a <c>;</c>-separated list
/// of kodes.
/// </summary>
public static class PkSheetParser
{
    public static SheetResult<PkSheet> Parse(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (PerformanceCells.TooManyRows(sheet) is { } tooMany)
            return tooMany;
        var bound = SheetColumns.Bind(sheet, PerformanceColumns.PkRequired, PerformanceColumns.Pk);
        if (!bound.IsOk)
            return bound.Error;
        var columns = bound.Value;
        var rows = new List<PkRow>();
        var indicators = new IndicatorRows(sheet.FileName, columns);
        string? sasaran = null;
        foreach (var row in sheet.Rows)
        {
            var cells = new PerformanceCells(sheet.FileName, columns, row);
            if (cells.Text(PerformanceColumns.Sasaran).Length > 0)
            {
                if (cells.Name(PerformanceColumns.Sasaran, out var name) is { } badSasaran)
                    return badSasaran;
                sasaran = name;
            }
            else if (sasaran is null)
            {
                return cells.Error(PerformanceColumns.Sasaran, "is empty and there is no row above to repeat");
            }
            if (Read(cells, sasaran, out var parsed) is { } bad)
                return bad;
            if (indicators.Add(parsed!.Indikator, row.RowNumber) is { } twice)
                return twice;
            rows.Add(parsed);
        }
        if (rows.Count == 0)
            return SheetError.InRow(sheet.FileName, sheet.HeaderRow, "the sheet has no PK indicators below the header");
        return new PkSheet(sheet.FileName, rows);
    }

    private static SheetError? Read(PerformanceCells cells, string sasaran, out PkRow? row)
    {
        row = null;
        if (cells.Name(PerformanceColumns.Indikator, out var indikator) is { } badName)
            return badName;
        if (cells.OptionalName(PerformanceColumns.Satuan, out var satuan) is { } badSatuan)
            return badSatuan;
        if (cells.Arah(out var arah) is { } badArah)
            return badArah;
        if (cells.RequiredQuantity(PerformanceColumns.Target, out var target) is { } badTarget)
            return badTarget;
        if (cells.Kodes(PerformanceColumns.Program, out var programs) is { } badProgram)
            return badProgram;
        row = new PkRow(cells.Row, sasaran, indikator, satuan, arah, target, programs);
        return null;
    }
}
