using Ledger.Sheets.Numbers;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Lines;

/// <summary>
/// Recognises the printed grand-total rows of a sheet: an empty <c>kode</c> and an uraian starting
/// with JUMLAH or TOTAL, in any case and letter-spaced as titles often are (<c>T O T A L</c>).
/// </summary>
internal static class TotalRows
{
    public static bool IsTotalLabel(string uraian)
    {
        var compact = string.Concat(uraian.Where(c => !char.IsWhiteSpace(c)));
        return compact.StartsWith("JUMLAH", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("TOTAL", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The printed amount of a total row in <paramref name="moneyColumn"/>; null (and no error) when
    /// the cell is empty, as nothing was printed to check.
    /// </summary>
    public static SheetError? Read(string fileName, SheetColumns columns, SheetRow row, string uraian,
        string moneyColumn, out PrintedTotal? total)
    {
        total = null;
        var text = columns.Text(row, moneyColumn);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (!Rupiah.TryParse(text, out var amount, out var problem))
            return SheetError.InCell(fileName, row.RowNumber, columns.NumberOf(moneyColumn), moneyColumn, problem!);
        total = new PrintedTotal(row.RowNumber, uraian, amount);
        return null;
    }
}
