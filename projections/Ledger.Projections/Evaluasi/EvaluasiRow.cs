using Ledger.Domain.Values;

namespace Ledger.Projections.Evaluasi;

/// <summary>
/// One row of the "Evaluasi terhadap hasil Renja" table (Permendagri 86/2017, seed 002 Tabel 2.1): a line's
/// indicator with K (kinerja) and Rp columns. Per triwulan, what was achieved in that quarter: the cumulative
/// report at its end minus the one before, empty where nothing was reported for the quarter.
/// </summary>
public sealed record EvaluasiRow(
    Kode? Kode,
    Level? Level,
    string Uraian,
    string Indikator,
    decimal? TargetRenstraK,
    Money? TargetRenstraRp,
    decimal? RealisasiLaluK,
    Money? RealisasiLaluRp,
    decimal? TargetK,
    Money TargetRp,
    ValueList<(decimal? K, Money? Rp)> Triwulan,
    decimal? RealisasiK,
    Money RealisasiRp,
    decimal? CapaianKPct,
    decimal? CapaianRpPct)
{
    public bool IsTotal => Kode is null;
}
