using System.Globalization;

namespace Ledger.Sheets.Checks;

/// <summary>
/// Judges a printed percentage at the precision it was printed with: <c>100</c> against whole
/// percents, <c>100,7</c> against tenths, <c>4,90</c> against hundredths (the parsed decimal keeps
/// the printed decimals as its scale). Half-away-from-zero rounding agrees; a print that only
/// truncation gives is reported as a truncation; anything else is wrong.
/// </summary>
internal static class PrintedPercent
{
    public static PercentVerdict Judge(decimal printed, ExactRatio exact)
    {
        var decimals = printed.Scale;
        var printedUnits = ExactRatio.Of(printed).RoundedAt(decimals);
        if (exact.RoundedAt(decimals) == printedUnits)
            return PercentVerdict.Agrees;
        return exact.TruncatedAt(decimals) == printedUnits ? PercentVerdict.Truncated : PercentVerdict.Wrong;
    }

    /// <summary>The figure as printed, with its printed decimals and <c>.</c> as the decimal mark: <c>4.90</c>, <c>37</c>.</summary>
    public static string Text(decimal printed) => printed.ToString(CultureInfo.InvariantCulture);
}
