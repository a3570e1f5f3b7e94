using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Events;

/// <summary>
/// One journal entry: the event and everything an auditor needs to judge it.
/// <see cref="Effective"/> is when it is legally in force (inclusive: "as of 30 June" includes events
/// effective on 30 June); <see cref="Recorded"/> is when the ledger learned it (inclusive likewise).
/// </summary>
public sealed record EventEnvelope(
    Guid Id,
    string Unit,
    int FiscalYear,
    Stage Stage,
    LocalDate Effective,
    Instant Recorded,
    string? Basis,
    string? Reason,
    string Actor,
    BudgetEvent Event)
{
    /// <summary>Version of the stored JSON form; bump it with an upcaster when the form changes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Version of the stored JSON form this envelope was read from or is written in.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The event's type name, as the store keeps it beside the payload (<c>PaguRevised</c>).</summary>
    public string EventType => Event.GetType().Name;
}
