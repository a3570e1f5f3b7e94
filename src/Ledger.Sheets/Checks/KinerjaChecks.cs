using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Sheets.Performance;

namespace Ledger.Sheets.Checks;

/// <summary>
/// Checks a kinerja sheet's printed <c>capaian_pct</c> against the PK sheet given with it (contract §9.3): the
/// indicator's PK target and arah give the capaian as in §7, <c>naik</c> realisasi ÷ target × 100, <c>turun</c>
/// (2 × target − realisasi) ÷ target × 100 (an arah the PK does not print is the Renstra's, when a Renstra sheet is
/// given, else <c>naik</c>). Indicators pair by name
/// (<see cref="Domain.Performance.IndicatorMatch"/>). Prints are judged at two decimals (<see cref="KinerjaPercent"/>): the two-decimal
/// value agrees; a print that cuts decimals off is a finding that says so (Towuti 2023 prints 107 for 107,07), one
/// rounded to fewer decimals likewise; anything else is a finding that the print does not follow. Nothing to check without a print, for an indicator the PK does
/// not have (<see cref="Unmatched"/>), or with target 0. Findings carry kode <see cref="Finding.NoKode"/> and name the
/// indicator in <see cref="Finding.What"/>; they come in row order.
/// </summary>
public static class KinerjaChecks
{
    /// <param name="sheet">The kinerja sheet.</param>
    /// <param name="pk">The PK sheet of the same unit-year.</param>
    /// <param name="renstra">The Renstra sheet, for the arah of indicators the PK prints none for; null when not given.</param>
    public static IReadOnlyList<Finding> Run(KinerjaSheet sheet, PkSheet pk, RenstraSheet? renstra = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(pk);
        var planned = ByKey(pk.Rows, r => r.Indikator);
        var arahs = renstra is null ? [] : ByKey(renstra.Rows, r => r.Indikator);
        var findings = new List<Finding>();
        foreach (var row in sheet.Rows)
        {
            var key = IndicatorMatch.Key(row.Indikator);
            if (row.PrintedCapaianPct is not { } printed || !planned.TryGetValue(key, out var plan))
                continue;
            var arah = plan.Arah ?? (arahs.TryGetValue(key, out var strategic) ? strategic.Arah : Arah.Naik);
            if (CapaianCheck.Exact(arah, row.Realisasi.Value, plan.Target.Value) is not { } exact)
                continue;
            var verdict = KinerjaPercent.Judge(printed, exact);
            if (verdict != PercentVerdict.Agrees)
            {
                findings.Add(new Finding(Finding.NoKode, row.Row, FindingText.KinerjaCapaian(verdict, arah, row.Indikator),
                    PrintedPercent.Text(printed), exact.ToTwoDecimals()));
            }
        }
        return findings;
    }

    /// <summary>The rows whose indicator the PK sheet does not have: nothing to check them against.</summary>
    public static IReadOnlyList<KinerjaRow> Unmatched(KinerjaSheet sheet, PkSheet pk)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(pk);
        var planned = ByKey(pk.Rows, r => r.Indikator);
        return sheet.Rows.Where(r => !planned.ContainsKey(IndicatorMatch.Key(r.Indikator))).ToList();
    }

    // The parsers refuse a name given twice, so keys are unique; the first wins should a caller build sheets by hand.
    private static Dictionary<string, T> ByKey<T>(IEnumerable<T> rows, Func<T, string> name)
    {
        var byKey = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in rows)
            byKey.TryAdd(IndicatorMatch.Key(name(row)), row);
        return byKey;
    }
}
