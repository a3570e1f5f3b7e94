using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;

namespace Ledger.Journal.Writing;

/// <summary>
/// Decides a command on its stream as stored and appends the events in one transaction: directly
/// (<see cref="DirectBudgetWriter"/>) or through the persistent actor of the unit-year (the runtime).
/// </summary>
public interface IBudgetWriter
{
    Task<WriteOutcome> WriteAsync(BudgetCommand command, CancellationToken ct);
}

/// <summary>What a write did: events appended (0 when there was nothing new) with the stream's version, or why not.</summary>
public abstract record WriteOutcome
{
    private WriteOutcome()
    {
    }

    public sealed record Accepted(int Appended, long StreamVersion) : WriteOutcome;

    public sealed record Rejected(Rejection Reason) : WriteOutcome;
}
