using Ledger.Domain.Values;
using Ledger.Sheets.Lines;
using Ledger.Sheets.Numbers;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Realisasi;

/// <summary>Reads the cells of one realisasi line row whose kode is already read; parent and leaf come later.</summary>
internal static class RealisasiRowParser
{
    public static SheetError? Parse(string fileName, SheetColumns columns, SheetRow row, Kode kode, out RealisasiLine? line)
    {
        line = null;
        Money? realisasi = null;
        var text = columns.Text(row, LineColumns.Realisasi);
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (!Rupiah.TryParse(text, out var amount, out var problem))
                return Error(fileName, columns, row, LineColumns.Realisasi, problem!);
            realisasi = amount;
        }
        decimal? serapan = null;
        var serapanText = columns.Text(row, LineColumns.SerapanPct);
        if (!string.IsNullOrWhiteSpace(serapanText))
        {
            if (!Percent.TryParse(serapanText, out var pct, out var problem))
                return Error(fileName, columns, row, LineColumns.SerapanPct, problem!);
            serapan = pct;
        }
        var cells = new IndicatorCells(fileName, columns, row);
        if (cells.Names(out var names) is { } badName)
            return badName;
        if (cells.Quantities(LineColumns.RealisasiKinerja, names.Count, out var values) is { } badValue)
            return badValue;
        if (cells.Percents(LineColumns.CapaianPct, names.Count, out var capaian) is { } badCapaian)
            return badCapaian;
        line = new RealisasiLine(
            kode,
            CellText.OrNull(columns.Text(row, LineColumns.Uraian)),
            realisasi,
            names.Select((name, i) => new KinerjaValue(name, values[i])).ToList(),
            serapan,
            capaian,
            Parent: null,
            IsLeaf: true,
            row.RowNumber,
            columns);
        return null;
    }

    private static SheetError Error(string fileName, SheetColumns columns, SheetRow row, string column, string problem) =>
        SheetError.InCell(fileName, row.RowNumber, columns.NumberOf(column), column, problem);
}
