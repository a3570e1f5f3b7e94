using Ledger.Domain.Values;

namespace Ledger.Domain.Events;

/// <summary>
/// What happened to a unit-year's budget. A closed hierarchy: every case is a sealed record in this
/// assembly, so folds are exhaustive switches. Stage, dates, legal basis and actor are on the
/// <see cref="EventEnvelope"/>, not here.
/// </summary>
public abstract record BudgetEvent
{
    private protected BudgetEvent()
    {
    }

    /// <summary>The line the event is about, or null for events about the whole stream.</summary>
    public abstract Kode? Line { get; }
}

/// <summary>
/// A whole sheet was imported at the envelope's stage. Marks a step of the budget cycle even when the
/// sheet changed nothing, and makes re-importing the same content a no-op.
/// </summary>
public sealed record BudgetSheetImported(string Source, string Fingerprint, int LineCount) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => null;
}
