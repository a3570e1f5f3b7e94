using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Store;

namespace Ledger.Journal.Writing;

/// <summary>
/// The loop both direct writers run: read the unit-year stream, decide on it, append with the version read; when
/// another writer appended first, decide again on the stream as it is now (<see cref="ConflictRetry"/>).
/// </summary>
internal static class DecideAndAppend
{
    /// <param name="decide">Decides on the stream's events as read (called again after each conflict).</param>
    public static async Task<WriteOutcome> RunAsync(
        LedgerJournal journal, string unit, int year, Func<IReadOnlyList<EventEnvelope>, Decision> decide, CancellationToken ct)
    {
        var retry = new ConflictRetry(ConflictRetry.DefaultBudget);
        while (true)
        {
            var (history, version) = await journal.ReadStreamAsync(unit, year, ct);
            switch (decide(history))
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
