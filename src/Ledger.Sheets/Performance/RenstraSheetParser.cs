using Ledger.Domain.Values;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Performance;

/// <summary>
/// Parses a Renstra sheet (contract §9.1) into a <see cref="RenstraSheet"/>, or the first error in row order.
/// The yearly target columns are found in the header (<c>target_2022</c> … as many as printed). An empty
/// <c>tujuan</c> repeats the row above; an empty <c>sasaran</c> on a sasaran's indicator repeats the last sasaran of
/// the same tujuan, as printed tables span one tujuan or sasaran over several rows.
/// </summary>
public static class RenstraSheetParser
{
    /// <summary>Most yearly target columns; a Renstra spans five years, an RPJMD transition a few more.</summary>
    public const int MaxYears = 10;

    /// <summary>Parses a sheet whose period is not known yet: any <c>target_YYYY</c> column is taken.</summary>
    public static SheetResult<RenstraSheet> Parse(Sheet sheet) => Parse(sheet, null);

    /// <summary>
    /// Parses the Renstra of <paramref name="firstYear"/>–<paramref name="lastYear"/> (inclusive): a <c>target_YYYY</c>
    /// column for a year outside the period is an error at its header cell.
    /// </summary>
    public static SheetResult<RenstraSheet> Parse(Sheet sheet, int firstYear, int lastYear)
    {
        if (firstYear > lastYear)
            throw new ArgumentOutOfRangeException(nameof(lastYear), "the period ends before it starts");
        return Parse(sheet, (firstYear, lastYear));
    }

    private static SheetResult<RenstraSheet> Parse(Sheet sheet, (int First, int Last)? period)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (PerformanceCells.TooManyRows(sheet) is { } tooMany)
            return tooMany;
        var years = RenstraYearColumns.Find(sheet, period, out var yearError);
        if (yearError is not null)
            return yearError;
        var bound = SheetColumns.Bind(sheet, PerformanceColumns.RenstraRequired,
            [.. PerformanceColumns.Renstra, .. years.Select(PerformanceColumns.TargetOf)]);
        if (!bound.IsOk)
            return bound.Error;
        var columns = bound.Value;
        var rows = new List<RenstraRow>();
        var indicators = new IndicatorRows(sheet.FileName, columns);
        string? tujuan = null;
        string? sasaran = null;
        foreach (var row in sheet.Rows)
        {
            var cells = new PerformanceCells(sheet.FileName, columns, row);
            if (Tujuan(cells, ref tujuan, ref sasaran) is { } badTujuan)
                return badTujuan;
            if (Tingkat(cells, out var tingkat) is { } badTingkat)
                return badTingkat;
            string? rowSasaran = null;
            if (tingkat == RenstraTingkat.Sasaran && Sasaran(sheet, columns, cells, ref sasaran) is { } badSasaran)
                return badSasaran;
            if (tingkat == RenstraTingkat.Sasaran)
                rowSasaran = sasaran;
            else if (cells.Text(PerformanceColumns.Sasaran).Length > 0)
                return cells.Error(PerformanceColumns.Sasaran, "is given on a tujuan's indicator (tingkat tujuan); leave it empty or set tingkat sasaran");
            if (Indicator(cells, tujuan!, rowSasaran, tingkat, years, out var parsed) is { } badCell)
                return badCell;
            if (indicators.Add(parsed!.Indikator, row.RowNumber) is { } twice)
                return twice;
            rows.Add(parsed);
        }
        if (rows.Count == 0)
            return SheetError.InRow(sheet.FileName, sheet.HeaderRow, "the sheet has no Renstra indicators below the header");
        return new RenstraSheet(sheet.FileName, years, rows);
    }

    private static SheetError? Tujuan(PerformanceCells cells, ref string? tujuan, ref string? sasaran)
    {
        var text = cells.Text(PerformanceColumns.Tujuan);
        if (text.Length == 0)
        {
            return tujuan is null
                ? cells.Error(PerformanceColumns.Tujuan, "is empty and there is no row above to repeat")
                : null;
        }
        if (cells.Name(PerformanceColumns.Tujuan, out var name) is { } bad)
            return bad;
        if (name != tujuan)
            sasaran = null;
        tujuan = name;
        return null;
    }

    private static SheetError? Tingkat(PerformanceCells cells, out RenstraTingkat tingkat)
    {
        tingkat = RenstraTingkat.Sasaran;
        var text = cells.Text(PerformanceColumns.Tingkat);
        if (text.Length == 0 || text.Equals("sasaran", StringComparison.OrdinalIgnoreCase))
            return null;
        if (text.Equals("tujuan", StringComparison.OrdinalIgnoreCase))
        {
            tingkat = RenstraTingkat.Tujuan;
            return null;
        }
        return cells.Error(PerformanceColumns.Tingkat, $"'{text}' is not sasaran or tujuan");
    }

    private static SheetError? Sasaran(Sheet sheet, SheetColumns columns, PerformanceCells cells, ref string? sasaran)
    {
        if (!columns.Has(PerformanceColumns.Sasaran))
            return SheetError.InRow(sheet.FileName, cells.Row, "a sasaran's indicator needs a sasaran column (or tingkat tujuan)");
        if (cells.Text(PerformanceColumns.Sasaran).Length == 0)
        {
            return sasaran is null
                ? cells.Error(PerformanceColumns.Sasaran, "is empty and no sasaran of this tujuan is above to repeat")
                : null;
        }
        if (cells.Name(PerformanceColumns.Sasaran, out var name) is { } bad)
            return bad;
        sasaran = name;
        return null;
    }

    private static SheetError? Indicator(PerformanceCells cells, string tujuan, string? sasaran, RenstraTingkat tingkat,
        List<int> years, out RenstraRow? row)
    {
        row = null;
        if (cells.Name(PerformanceColumns.Indikator, out var indikator) is { } badName)
            return badName;
        if (cells.OptionalName(PerformanceColumns.Satuan, out var satuan) is { } badSatuan)
            return badSatuan;
        if (cells.Arah(out var arah) is { } badArah)
            return badArah;
        if (cells.Flag(PerformanceColumns.Iku, out var iku) is { } badIku)
            return badIku;
        if (cells.Quantity(PerformanceColumns.KondisiAwal, out var kondisiAwal) is { } badAwal)
            return badAwal;
        var targets = new List<YearTarget>(years.Count);
        foreach (var year in years)
        {
            if (cells.Quantity(PerformanceColumns.TargetOf(year), out var target) is { } badTarget)
                return badTarget;
            targets.Add(new YearTarget(year, target));
        }
        if (cells.Quantity(PerformanceColumns.TargetAkhir, out var akhir) is { } badAkhir)
            return badAkhir;
        row = new RenstraRow(cells.Row, tujuan, sasaran, tingkat, indikator, satuan, arah ?? Arah.Naik, iku, kondisiAwal, targets, akhir);
        return null;
    }
}
