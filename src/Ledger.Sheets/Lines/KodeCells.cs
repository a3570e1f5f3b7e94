using Ledger.Domain.Values;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Lines;

/// <summary>
/// Reads the <c>kode</c> cell of each line row of one sheet and refuses a kode seen before,
/// naming the row of its first occurrence.
/// </summary>
internal sealed class KodeCells(string fileName, SheetColumns columns)
{
    /// <summary>Longest kode text accepted; real kodes are under 30 characters.</summary>
    public const int MaxKodeChars = 64;

    private readonly Dictionary<Kode, int> _firstRow = [];

    public SheetError? Read(SheetRow row, out Kode kode)
    {
        kode = default;
        var text = columns.Text(row, LineColumns.Kode);
        var column = columns.NumberOf(LineColumns.Kode);
        if (text.Length > MaxKodeChars)
        {
            return SheetError.InCell(fileName, row.RowNumber, column, LineColumns.Kode,
                $"is longer than {MaxKodeChars} characters");
        }
        if (!Kode.TryParse(text, out kode, out var problem))
            return SheetError.AtCell(fileName, row.RowNumber, column, LineColumns.Kode, problem!);
        if (_firstRow.TryGetValue(kode, out var first))
        {
            return SheetError.AtCell(fileName, row.RowNumber, column, LineColumns.Kode,
                $"duplicate kode {kode} (first at row {first})");
        }
        _firstRow[kode] = row.RowNumber;
        return null;
    }
}
