using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;

namespace Ledger.Journal.Writing;

/// <summary>
/// Writes without an actor: reads the stream, folds, decides, appends with optimistic concurrency; when
/// another writer appended first, decides again on the stream as it is now, after a jittered backoff, for up to
/// <see cref="ConflictRetry.DefaultBudget"/>. With a <paramref name="clock"/>, each attempt is stamped with it as it
/// is decided, so a command that waited for another writer is not taken for a write from the past; without one the
/// command's own instant stands.
/// </summary>
public sealed class DirectBudgetWriter(LedgerJournal journal, NodaTime.IClock? clock = null) : IBudgetWriter
{
    public Task<WriteOutcome> WriteAsync(BudgetCommand command, CancellationToken ct) =>
        DecideAndAppend.RunAsync(journal, command.Context.Unit, command.Context.FiscalYear, history =>
        {
            var stamped = clock is null ? command : command.StampedAt(clock.GetCurrentInstant());
            return BudgetDecider.Decide(stamped, BudgetDecider.Fold(history));
        }, ct);
}
