using Ledger.Domain.Values;

namespace Ledger.Domain.Events;

/// <summary>
/// A realisasi sheet was imported for the period ending on the envelope's effective date. Marks the report
/// even when it changed nothing, and makes re-importing the same content a no-op.
/// </summary>
public sealed record RealisasiSheetImported(string Source, string Fingerprint, int LineCount) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => null;
}

/// <summary>
/// Rupiah spent on a leaf line from 1 January to the period end (the envelope's effective date), cumulative.
/// A later report for the same period supersedes an earlier one; both stay in the journal.
/// </summary>
public sealed record RealisasiReported(Kode Kode, Money Realisasi) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>An indicator's achieved value at the period end (the envelope's effective date).</summary>
public sealed record KinerjaReported(Kode Kode, string Indikator, Quantity Realisasi) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}
