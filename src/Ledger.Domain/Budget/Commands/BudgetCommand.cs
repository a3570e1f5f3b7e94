using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Budget.Commands;

/// <summary>What a planner asks of a unit-year's budget. A closed hierarchy decided by <see cref="BudgetDecider"/>.</summary>
public abstract record BudgetCommand(CommandContext Context)
{
    /// <summary>Identifies the content of the command; equal fingerprints give equal event ids.</summary>
    public abstract string Fingerprint { get; }

    /// <summary>
    /// The same command recorded at <paramref name="recorded"/>: a writer stamps a command with its own clock when it
    /// decides it, so that commands queued behind others are not taken for writes from the past.
    /// </summary>
    public BudgetCommand StampedAt(NodaTime.Instant recorded) => this with { Context = Context with { RecordedAt = recorded } };
}

/// <summary>
/// A whole budget sheet for <see cref="CommandContext.Stage"/>: the decider turns what differs from the
/// current budget into events (new lines, revised pagu and targets, removed lines).
/// </summary>
/// <param name="Context">Unit, fiscal year, stage, effective date, actor and recorded instant of the import.</param>
/// <param name="Source">The file name, for the audit trail.</param>
/// <param name="Lines">Every line of the sheet, parents before children.</param>
/// <param name="HasIndicators">False when the sheet has no indicator column: indicators are then left as they are.</param>
public sealed record ImportBudget(
    CommandContext Context,
    string Source,
    IReadOnlyList<PlannedLine> Lines,
    bool HasIndicators) : BudgetCommand(Context)
{
    /// <summary>
    /// The sheet's content, including whether it had an indicator column: a sheet without one leaves indicators
    /// alone, while the same lines with an empty column drop them, so the two are different imports.
    /// </summary>
    public override string Fingerprint { get; } = EventIds.Fingerprint(
        PlannedLine.Canonical(Context.Stage, Context.Effective, Lines) + (HasIndicators ? "" : "no indikator column\n"));
}

/// <summary>Corrects the pagu recorded for one line at <see cref="CommandContext.Stage"/>; a reason is required.</summary>
public sealed record CorrectPagu(CommandContext Context, Kode Kode, Money Pagu) : BudgetCommand(Context)
{
    /// <inheritdoc/>
    public override string Fingerprint => EventIds.Fingerprint(
        $"correct\n{Context.Stage.Name()}\n{Context.Effective:yyyy-MM-dd}\n{Kode}\n{Pagu}\n{Context.Reason}\n{Context.RecordedAt}");
}
