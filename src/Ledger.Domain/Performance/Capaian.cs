using Ledger.Domain.Values;

namespace Ledger.Domain.Performance;

/// <summary>Achievement and absorption percentages (contract §7). Exact decimals; null where undefined, never a division error.</summary>
public static class Capaian
{
    /// <summary>
    /// <c>naik</c>: realisasi / target × 100; <c>turun</c>: (2 × target − realisasi) / target × 100.
    /// Null when the target is 0 or missing, or nothing was achieved yet.
    /// </summary>
    public static decimal? Percent(decimal? target, decimal? realisasi, Arah arah)
    {
        if (target is not { } t || t == 0 || realisasi is not { } r)
            return null;
        return arah == Arah.Turun ? (2 * t - r) / t * 100 : r / t * 100;
    }

    /// <summary>Serapan: realisasi Rupiah / pagu × 100; null when the pagu is 0.</summary>
    public static decimal? Serapan(Money pagu, Money realisasi) =>
        pagu == Money.Zero ? null : (decimal)realisasi.Rupiah / pagu.Rupiah * 100;
}
