using Ledger.Domain.Values;

namespace Ledger.Sheets.Performance;

/// <summary>
/// One indicator row of a Renstra sheet (contract §9.1), with the tujuan and sasaran cells already repeated from
/// the rows above where the sheet left them empty.
/// </summary>
/// <param name="Row">The 1-based row in the file.</param>
/// <param name="Tujuan">The tujuan, as printed or repeated from above.</param>
/// <param name="Sasaran">The sasaran; null on a tujuan's own indicator (<see cref="RenstraTingkat.Tujuan"/>).</param>
/// <param name="Tingkat">Whose indicator this is.</param>
/// <param name="Indikator">The indicator's name, white space collapsed.</param>
/// <param name="Satuan">The unit as printed (<c>%</c>, <c>Nilai</c>), or null.</param>
/// <param name="Arah">Which way it improves; <c>naik</c> when the sheet says nothing.</param>
/// <param name="Iku">True when marked <c>ya</c>: an Indikator Kinerja Utama.</param>
/// <param name="KondisiAwal">The baseline, or null.</param>
/// <param name="Targets">One per <c>target_YYYY</c> column of the sheet, in year order (the sheet's <see cref="RenstraSheet.Years"/>).</param>
/// <param name="TargetAkhir">The end-of-period target, or null.</param>
public sealed record RenstraRow(
    int Row,
    string Tujuan,
    string? Sasaran,
    RenstraTingkat Tingkat,
    string Indikator,
    string? Satuan,
    Arah Arah,
    bool Iku,
    Quantity? KondisiAwal,
    IReadOnlyList<YearTarget> Targets,
    Quantity? TargetAkhir)
{
    /// <summary>The target of <paramref name="year"/>; null when the sheet has no such column or the cell is empty.</summary>
    public Quantity? TargetOf(int year) => Targets.FirstOrDefault(t => t.Year == year)?.Target;
}
