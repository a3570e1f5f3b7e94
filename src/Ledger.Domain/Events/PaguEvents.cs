using Ledger.Domain.Values;

namespace Ledger.Domain.Events;

/// <summary>A line's own pagu is set for the first time at the envelope's stage. Parents carry their children's sums, not their own.</summary>
public sealed record PaguAllocated(Kode Kode, Money Pagu) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>A line's own pagu changes at the envelope's stage, from its previous value.</summary>
public sealed record PaguRevised(Kode Kode, Money From, Money To) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>
/// A mistake in the pagu recorded for the envelope's stage is corrected. The mistaken event stays in
/// the journal; folds use the corrected figure from the correction's effective date on.
/// </summary>
public sealed record PaguCorrected(Kode Kode, Money From, Money To) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>The pagu planned for a line over the whole Renstra period, as the Renja prints it.</summary>
public sealed record PaguRenstraSet(Kode Kode, Money Pagu) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}
