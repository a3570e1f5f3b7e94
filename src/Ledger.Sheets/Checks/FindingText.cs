using System.Globalization;
using Ledger.Domain.Values;

namespace Ledger.Sheets.Checks;

/// <summary>
/// The words and figures of findings, so that every check says the same thing the same way. The
/// <c>what</c> of a percentage finding starts with its column (<c>serapan_pct</c>, <c>capaian_pct</c>)
/// and says <c>truncated</c> when only truncation gives the print.
/// </summary>
internal static class FindingText
{
    public const string RealisasiTotal = "realisasi differs from the sum of the leaves below";

    /// <summary>Realisasi above the pagu, by how much and how many times over when that is large.</summary>
    /// <param name="when">The period end whose pagu in force it is measured against, or null for the budget sheet's pagu.</param>
    public static string AbovePagu(Money spent, Money pagu, NodaTime.LocalDate? when)
    {
        var against = when is { } date ? $"the pagu in force at {date:yyyy-MM-dd}" : "its pagu";
        var times = pagu.Rupiah > 0 && spent.Rupiah / pagu.Rupiah >= 2 ? $", {spent.Rupiah / pagu.Rupiah}x" : "";
        return $"realisasi exceeds {against} by {spent - pagu}{times}";
    }

    public static string RealisasiGrandTotal(string label) => $"{label} differs from the sum of the leaves' realisasi";

    public static string Serapan(PercentVerdict verdict) =>
        verdict == PercentVerdict.Truncated
            ? "serapan_pct truncated, not rounded"
            : "serapan_pct does not follow from realisasi / pagu";

    /// <param name="verdict">Truncated or wrong.</param>
    /// <param name="arah">Which formula gives the value.</param>
    /// <param name="index">0-based position of the indicator on its line.</param>
    /// <param name="count">Indicators on the line; the position is named only when there are several.</param>
    public static string Capaian(PercentVerdict verdict, Arah arah, int index, int count)
    {
        var subject = count > 1 ? $"capaian_pct of indikator {index + 1}" : "capaian_pct";
        if (verdict == PercentVerdict.Truncated)
            return $"{subject} truncated, not rounded";
        return arah == Arah.Turun
            ? $"{subject} does not follow from (2 x target - realisasi_kinerja) / target (arah turun)"
            : $"{subject} does not follow from realisasi_kinerja / target";
    }

    /// <summary>A kinerja sheet's capaian of one indicator, named in quotes since the row has no kode.</summary>
    public static string KinerjaCapaian(PercentVerdict verdict, Arah arah, string indikator)
    {
        var subject = $"capaian_pct of '{indikator}'";
        if (verdict == PercentVerdict.Truncated)
            return $"{subject} truncated, not rounded to two decimals";
        if (verdict == PercentVerdict.Rounded)
            return $"{subject} rounded to fewer than two decimals";
        return arah == Arah.Turun
            ? $"{subject} does not follow from (2 x target - realisasi) / target (arah turun)"
            : $"{subject} does not follow from realisasi / target";
    }

    /// <summary>A sum of whole Rupiah as a plain integer: <c>562691821</c>, <c>-5000000</c>.</summary>
    public static string Money(decimal rupiah) => decimal.Truncate(rupiah).ToString(CultureInfo.InvariantCulture);
}
