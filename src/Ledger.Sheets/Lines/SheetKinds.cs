using Ledger.Sheets.Performance;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Lines;

/// <summary>Tells the sheets apart by their header.</summary>
public static class SheetKinds
{
    /// <summary>
    /// With <c>kode</c>: <see cref="SheetKind.Realisasi"/> when the header has <c>realisasi</c>, else
    /// <see cref="SheetKind.Budget"/> when it has <c>pagu</c>. Without <c>kode</c>, a performance sheet needs
    /// <c>indikator</c>: <see cref="SheetKind.Kinerja"/> with <c>realisasi</c>, else <see cref="SheetKind.Renstra"/>
    /// with <c>tujuan</c>, else <see cref="SheetKind.Pk"/> with <c>target</c>.
    /// </summary>
    public static SheetKind Of(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var names = sheet.Header.Select(SheetColumns.Normalize).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains(LineColumns.Kode))
            return Performance(names);
        if (names.Contains(LineColumns.Realisasi))
            return SheetKind.Realisasi;
        return names.Contains(LineColumns.Pagu) ? SheetKind.Budget : SheetKind.Unknown;
    }

    private static SheetKind Performance(HashSet<string> names)
    {
        if (!names.Contains(PerformanceColumns.Indikator))
            return SheetKind.Unknown;
        if (names.Contains(PerformanceColumns.Realisasi))
            return SheetKind.Kinerja;
        if (names.Contains(PerformanceColumns.Tujuan))
            return SheetKind.Renstra;
        return names.Contains(PerformanceColumns.Target) ? SheetKind.Pk : SheetKind.Unknown;
    }
}
