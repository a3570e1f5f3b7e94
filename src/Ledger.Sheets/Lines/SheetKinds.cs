using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Lines;

/// <summary>Tells budget sheets from realisasi sheets by their header.</summary>
public static class SheetKinds
{
    /// <summary>
    /// <see cref="SheetKind.Realisasi"/> when the header has <c>realisasi</c>, else
    /// <see cref="SheetKind.Budget"/> when it has <c>pagu</c>; both need <c>kode</c>.
    /// </summary>
    public static SheetKind Of(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var names = sheet.Header.Select(SheetColumns.Normalize).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains(LineColumns.Kode))
            return SheetKind.Unknown;
        if (names.Contains(LineColumns.Realisasi))
            return SheetKind.Realisasi;
        return names.Contains(LineColumns.Pagu) ? SheetKind.Budget : SheetKind.Unknown;
    }
}
