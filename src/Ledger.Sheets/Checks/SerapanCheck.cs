using Ledger.Sheets.Realisasi;

namespace Ledger.Sheets.Checks;

/// <summary>
/// A line's printed <c>serapan_pct</c> against Σ realisasi ÷ Σ pagu × 100 over the budget leaves below
/// it (the line itself on a leaf). Needs the budget's pagu; with Σ pagu 0 there is no serapan to check.
/// </summary>
internal static class SerapanCheck
{
    public static Finding? Run(RealisasiLine line, RealisasiSums sums)
    {
        if (line.PrintedSerapanPct is not { } printed || sums.Pagu(line) is not { } pagu)
            return null;
        if (ExactRatio.Percent(ExactRatio.Of(sums.Realisasi(line)), ExactRatio.Of(pagu)) is not { } exact)
            return null;
        var verdict = PrintedPercent.Judge(printed, exact);
        return verdict == PercentVerdict.Agrees
            ? null
            : new Finding(line.Kode.Value, line.Row, FindingText.Serapan(verdict), PrintedPercent.Text(printed), exact.ToTwoDecimals());
    }
}
