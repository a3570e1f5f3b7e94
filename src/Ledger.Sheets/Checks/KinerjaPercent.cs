namespace Ledger.Sheets.Checks;

/// <summary>
/// Judges a kinerja sheet's printed capaian against two decimals, the precision of the LKjIP capaian tables and of the
/// ledger's own (contract §6): a print with fewer decimals agrees only when it is the two-decimal value (<c>107</c>
/// for 107,00); one that drops decimals is said as <see cref="PercentVerdict.Truncated"/> when cutting the value off
/// gives it (Towuti 2023 prints <c>107</c> for 84,05 ÷ 78,5 = 107,07) and as <see cref="PercentVerdict.Rounded"/> when
/// only rounding does (<c>108</c> for 107,6). A print with two or more decimals is judged as the realisasi sheet's
/// (<see cref="PrintedPercent"/>).
/// </summary>
internal static class KinerjaPercent
{
    /// <summary>Decimals a capaian is expected to carry.</summary>
    public const int Decimals = 2;

    public static PercentVerdict Judge(decimal printed, ExactRatio exact)
    {
        var decimals = printed.Scale;
        if (decimals >= Decimals)
            return PrintedPercent.Judge(printed, exact);
        var printedAtTwo = ExactRatio.Of(printed).RoundedAt(Decimals);
        if (exact.RoundedAt(Decimals) == printedAtTwo)
            return PercentVerdict.Agrees;
        var printedUnits = ExactRatio.Of(printed).RoundedAt(decimals);
        if (exact.TruncatedAt(decimals) == printedUnits)
            return PercentVerdict.Truncated;
        return exact.RoundedAt(decimals) == printedUnits ? PercentVerdict.Rounded : PercentVerdict.Wrong;
    }
}
