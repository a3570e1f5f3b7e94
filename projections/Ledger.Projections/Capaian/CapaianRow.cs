using Ledger.Domain.Values;

namespace Ledger.Projections.Capaian;

/// <summary>
/// One indicator of a line (or the line itself, where it has none) in the capaian table. The money columns
/// repeat on each indicator row of a line; the JUMLAH row (no <see cref="Kode"/>) sums lines, not rows.
/// </summary>
public sealed record CapaianRow(
    Kode? Kode,
    Level? Level,
    string Uraian,
    string Indikator,
    decimal? Target,
    decimal? RealisasiKinerja,
    decimal? CapaianPct,
    string? Predikat,
    Money Pagu,
    Money Realisasi,
    decimal? SerapanPct)
{
    public bool IsTotal => Kode is null;
}
