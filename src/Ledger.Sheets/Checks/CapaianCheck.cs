using Ledger.Domain.Values;
using Ledger.Sheets.Budget;
using Ledger.Sheets.Realisasi;

namespace Ledger.Sheets.Checks;

/// <summary>
/// A line's printed <c>capaian_pct</c>, indicator by indicator, against what its realisasi kinerja and
/// the budget line's target give (contract §7): <c>naik</c> realisasi ÷ target × 100, <c>turun</c>
/// (2 × target − realisasi) ÷ target × 100. Indicators pair with the budget's by name (spacing and case
/// aside). Nothing to check where the print, the realisasi or the target is missing, or the target is 0.
/// </summary>
internal static class CapaianCheck
{
    public static IEnumerable<Finding> Run(RealisasiLine line, BudgetLine budgeted)
    {
        for (var i = 0; i < line.Kinerja.Count; i++)
        {
            var kinerja = line.Kinerja[i];
            if (i >= line.PrintedCapaianPct.Count || line.PrintedCapaianPct[i] is not { } printed || kinerja.Value is not { } achieved)
                continue;
            var spec = budgeted.Indicators.FirstOrDefault(s => IndicatorName.SameAs(s.Name, kinerja.Indikator));
            if (spec?.Target is not { } target || Exact(spec.Arah, achieved.Value, target.Value) is not { } exact)
                continue;
            var verdict = PrintedPercent.Judge(printed, exact);
            if (verdict != PercentVerdict.Agrees)
            {
                yield return new Finding(line.Kode.Value, line.Row, FindingText.Capaian(verdict, spec.Arah, i, line.Kinerja.Count),
                    PrintedPercent.Text(printed), exact.ToTwoDecimals());
            }
        }
    }

    /// <summary>The exact capaian; null when the target is 0.</summary>
    public static ExactRatio? Exact(Arah arah, decimal realisasi, decimal target)
    {
        var t = ExactRatio.Of(target);
        var r = ExactRatio.Of(realisasi);
        return ExactRatio.Percent(arah == Arah.Turun ? 2 * t - r : r, t);
    }
}
