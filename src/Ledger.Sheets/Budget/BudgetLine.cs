using Ledger.Domain.Values;
using Ledger.Sheets.Lines;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Budget;

/// <summary>
/// One program, kegiatan or sub kegiatan row of a budget sheet.
/// </summary>
/// <param name="Kode">The line's code, spaces removed.</param>
/// <param name="Level">Depth in the sheet's hierarchy: program, kegiatan or sub kegiatan.</param>
/// <param name="Parent">The longest other kode in the sheet that is an ancestor; null at top level.</param>
/// <param name="Uraian">The name, white space collapsed.</param>
/// <param name="PrintedPagu">The <c>pagu</c> cell as printed, null where empty (on a parent: nothing to check).</param>
/// <param name="Pagu">
/// A leaf's budget in Rupiah (an empty or <c>-</c> cell is 0). Zero on a parent: a parent's pagu is
/// the sum of its children, computed by whoever needs it, never copied from the print.
/// </param>
/// <param name="IsLeaf">True when no other line of the sheet has this line as parent.</param>
/// <param name="Indicators">Indicators in sheet order, with targets and arah.</param>
/// <param name="Attributes">Lokasi, sumber dana, kelompok sasaran.</param>
/// <param name="Row">The 1-based row in the file, for findings and errors.</param>
/// <param name="Columns">Column numbers of the sheet, for error positions.</param>
public sealed record BudgetLine(
    Kode Kode,
    Level Level,
    Kode? Parent,
    string Uraian,
    Money? PrintedPagu,
    Money Pagu,
    bool IsLeaf,
    IReadOnlyList<IndicatorSpec> Indicators,
    LineAttributes Attributes,
    int Row,
    SheetColumns Columns)
{
    /// <summary>The end-of-Renstra pagu target, when the sheet prints one (column <c>pagu_renstra</c>).</summary>
    public Money? PaguRenstra { get; init; }

    /// <summary>1-based column number of a header name (see <see cref="LineColumns"/>), 0 when absent.</summary>
    public int ColumnOf(string name) => Columns.NumberOf(name);
}
