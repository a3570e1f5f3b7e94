using Ledger.Domain.Values;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Realisasi;

/// <summary>
/// One line row of a realisasi sheet (contract §5).
/// </summary>
/// <param name="Kode">The budget line reported on.</param>
/// <param name="Uraian">The name as printed, if the sheet has an uraian column; null otherwise.</param>
/// <param name="Realisasi">Rupiah spent from 1 January to the period end; null when the cell is empty.
/// On a parent (see <paramref name="IsLeaf"/>) it is a printed total, checked, not stored.</param>
/// <param name="Kinerja">Indicators and their achieved values, in sheet order.</param>
/// <param name="PrintedSerapanPct">Serapan as printed, in percent; never stored.</param>
/// <param name="PrintedCapaianPct">Capaian as printed, one per indicator (or as many as printed on a line without indicators).</param>
/// <param name="Parent">The longest other kode in the sheet that is an ancestor; null at top level.</param>
/// <param name="IsLeaf">True when no other line of the sheet has this line as parent.</param>
/// <param name="Row">The 1-based row in the file.</param>
/// <param name="Columns">Column numbers of the sheet, for error positions.</param>
public sealed record RealisasiLine(
    Kode Kode,
    string? Uraian,
    Money? Realisasi,
    IReadOnlyList<KinerjaValue> Kinerja,
    decimal? PrintedSerapanPct,
    IReadOnlyList<decimal?> PrintedCapaianPct,
    Kode? Parent,
    bool IsLeaf,
    int Row,
    SheetColumns Columns)
{
    /// <summary>1-based column number of a header name, 0 when absent.</summary>
    public int ColumnOf(string name) => Columns.NumberOf(name);
}
