using Ledger.Domain.Values;
using Ledger.Sheets.Realisasi;
using NodaTime;

namespace Ledger.Sheets.Checks;

/// <summary>
/// Realisasi above a line's pagu: 11,000 times the pagu is a typing slip far more often than real spending, yet the
/// sheet may be right, so it is a finding (a warning on import), never a rejection. Printed: the realisasi; computed:
/// the pagu it exceeds.
/// </summary>
public static class AbovePagu
{
    /// <param name="line">A leaf's row of the realisasi sheet.</param>
    /// <param name="pagu">The leaf's pagu: in force at <paramref name="periodEnd"/>, or the budget sheet's.</param>
    /// <param name="periodEnd">The period end the pagu is in force at, or null for a budget sheet's pagu.</param>
    /// <returns>A finding when the realisasi exceeds the pagu, else null.</returns>
    public static Finding? Check(RealisasiLine line, Money pagu, LocalDate? periodEnd)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Realisasi is not { } spent || spent <= pagu)
            return null;
        return new Finding(line.Kode.Value, line.Row, FindingText.AbovePagu(spent, pagu, periodEnd), spent.ToString(), pagu.ToString());
    }
}
