using Ledger.Domain.Values;

namespace Ledger.Projections.Perubahan;

/// <summary>
/// One line of the "sebelum / setelah perubahan" table. Parents carry the sums of their children.
/// The last row of a table is the JUMLAH row, with no <see cref="Kode"/> and no <see cref="Level"/>.
/// <see cref="TargetSebelum"/> and <see cref="TargetSetelah"/> follow the indicator names of <see cref="Indikator"/>
/// (null where an indicator has no target at that stage), or are null when the line is absent at that stage.
/// </summary>
public sealed record PerubahanRow(
    Kode? Kode,
    Level? Level,
    string Uraian,
    Money Sebelum,
    Money Setelah,
    string Indikator,
    ValueList<Quantity?>? TargetSebelum,
    ValueList<Quantity?>? TargetSetelah)
{
    /// <summary>Jumlah perubahan: setelah − sebelum, negative for a cut.</summary>
    public Money Perubahan => Setelah - Sebelum;

    public bool IsTotal => Kode is null;
}
