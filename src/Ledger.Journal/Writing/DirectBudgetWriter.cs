using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Journal;
using Ledger.Store;

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
    public async Task<WriteOutcome> WriteAsync(BudgetCommand command, CancellationToken ct)
    {
        var (unit, year) = (command.Context.Unit, command.Context.FiscalYear);
        var retry = new ConflictRetry(ConflictRetry.DefaultBudget);
        while (true)
        {
            var (history, version) = await journal.ReadStreamAsync(unit, year, ct);
            var stamped = clock is null ? command : command.StampedAt(clock.GetCurrentInstant());
            switch (BudgetDecider.Decide(stamped, BudgetDecider.Fold(history)))
            {
                case Decision.Rejected rejected:
                    return new WriteOutcome.Rejected(rejected.Reason);
                case Decision.Accepted { Events.Count: 0 }:
                    return new WriteOutcome.Accepted(0, version);
                case Decision.Accepted accepted when AppendLimits.Check(accepted.Events) is { } tooLarge:
                    return new WriteOutcome.Rejected(tooLarge);
                case Decision.Accepted accepted:
                    try
                    {
                        var result = await journal.AppendAsync(unit, year, ExpectedVersion.At(version), accepted.Events, ct);
                        return new WriteOutcome.Accepted(result.Appended, result.StreamVersion);
                    }
                    catch (WrongExpectedVersionException conflict)
                    {
                        // Another writer got there first: decide again on the stream as it is now.
                        if (!await retry.WaitAsync(conflict.ActualVersion, ct))
                            throw;
                    }
                    break;
            }
        }
    }
}
