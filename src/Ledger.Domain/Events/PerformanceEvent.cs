using Ledger.Domain.Values;

namespace Ledger.Domain.Events;

/// <summary>
/// What happened to a unit's performance framework (contract §9): its Renstra, a year's Perjanjian Kinerja, a
/// pengukuran. These share the unit-year streams with the budget (ADR 0007), so they are budget stream events
/// about no line; budget folds count them and pass over them. A closed hierarchy: every case is a sealed record here.
/// </summary>
public abstract record PerformanceEvent : BudgetEvent
{
    private protected PerformanceEvent()
    {
    }

    /// <inheritdoc/>
    public sealed override Kode? Line => null;
}
