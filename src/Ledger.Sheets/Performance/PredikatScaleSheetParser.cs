using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Performance;

/// <summary>
/// Reads a unit's own predikat scale (contract §9.5, <c>--predikat FILE.csv</c>): columns <c>lebih_dari,predikat</c>,
/// one row a band, highest first; a capaian above a row's <c>lebih_dari</c> (exclusive, "more than") earns its
/// predikat, and the last row, whose <c>lebih_dari</c> is empty, names what is below every band. Thresholds must
/// fall strictly from row to row and the words be distinct, also as the predikat table's column names
/// (lower case, <c>_</c> for spaces), which must stay apart.
/// </summary>
public static class PredikatScaleSheetParser
{
    /// <summary>Most rows a scale may have; real ones have four or five.</summary>
    public const int MaxBands = 20;

    /// <summary>Reads and parses the scale of <c>--predikat FILE.csv</c> (or an upload); its name is the file's, without extension.</summary>
    public static SheetResult<PredikatScale> Read(SheetSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var read = SheetReader.Read(source);
        return read.IsOk ? Parse(read.Value, Path.GetFileNameWithoutExtension(source.FileName)) : read.Error;
    }

    /// <param name="sheet">The scale sheet.</param>
    /// <param name="name">The scale's name, as tables print it (usually the file's name).</param>
    public static SheetResult<PredikatScale> Parse(Sheet sheet, string name)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(name);
        var bound = SheetColumns.Bind(sheet, PerformanceColumns.PredikatScale, PerformanceColumns.PredikatScale);
        if (!bound.IsOk)
            return bound.Error;
        var columns = bound.Value;
        if (sheet.Rows.Count > MaxBands)
            return SheetError.InRow(sheet.FileName, sheet.Rows[MaxBands].RowNumber, $"a scale has at most {MaxBands} bands");
        var bands = new List<PredikatBand>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        string? lowest = null;
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            var row = sheet.Rows[i];
            var cells = new PerformanceCells(sheet.FileName, columns, row);
            if (cells.Name(PerformanceColumns.Predikat, out var word) is { } badWord)
                return badWord;
            var column = ColumnName(word);
            if (words.TryGetValue(column, out var first))
                return cells.Error(PerformanceColumns.Predikat, $"'{word}' is the same band name as row {first}'s");
            words[column] = row.RowNumber;
            if (cells.Percent(PerformanceColumns.LebihDari, out var from) is { } badFrom)
                return badFrom;
            var last = i == sheet.Rows.Count - 1;
            if (from is not { } threshold)
            {
                if (!last)
                    return cells.Error(PerformanceColumns.LebihDari, "is empty on a band that is not the last; only the last band (below all others) has none");
                lowest = word;
                continue;
            }
            if (last)
            {
                return cells.Error(PerformanceColumns.LebihDari,
                    "is given on the last row; add a last band with an empty lebih_dari for what is below all others");
            }
            if (bands.Count > 0 && threshold >= bands[^1].From)
            {
                return cells.Error(PerformanceColumns.LebihDari,
                    $"{Quantity.FormatNumber(threshold)} is not below the band above ({Quantity.FormatNumber(bands[^1].From)}); bands go highest first");
            }
            bands.Add(new PredikatBand(threshold, false, word));
        }
        if (lowest is null || bands.Count == 0)
            return SheetError.InRow(sheet.FileName, sheet.HeaderRow, "a scale needs at least one band with lebih_dari and a last band with it empty");
        return new PredikatScale(name, bands, lowest);
    }

    /// <summary>The predikat table's column for a band: lower case, <c>_</c> for spaces (<c>baik_sekali</c>).</summary>
    public static string ColumnName(string word) => SheetColumns.Normalize(word);
}
