using Ledger.Domain.Budget;
using Ledger.Domain.Performance;
using Ledger.Domain.Performance.Commands;
using Ledger.Store;

namespace Ledger.Journal.Writing;

/// <summary>
/// Writes a Renstra, PK or kinerja import as <see cref="DirectBudgetWriter"/> writes a budget's: reads the unit-year
/// stream, folds, decides, appends with optimistic concurrency, and decides again after a conflict. A PK is given what
/// it is checked against (ADR 0007): the unit's Renstras, and the open lines of the year's
/// budget from the same read of the stream it is appended to, so a budget change in between is a conflict, not a
/// stale check. With a <paramref name="clock"/>, each attempt is stamped with it.
/// </summary>
public sealed class DirectPerformanceWriter(LedgerJournal journal, NodaTime.IClock? clock = null)
{
    /// <summary>Decides <paramref name="command"/> on its stream as stored and appends its events; none when it changes nothing.</summary>
    public async Task<WriteOutcome> WriteAsync(PerformanceCommand command, CancellationToken ct)
    {
        var (unit, year) = (command.Context.Unit, command.Context.FiscalYear);
        var retry = new ConflictRetry(ConflictRetry.DefaultBudget);
        var renstras = command is ImportPk ? await journal.RenstrasOfAsync(unit, ct) : [];
        while (true)
        {
            var (history, version) = await journal.ReadStreamAsync(unit, year, ct);
            var complete = command is ImportPk pk ? pk with { Renstras = renstras, BudgetKodes = PerformanceReads.BudgetKodes(history) } : command;
            var stamped = clock is null ? complete : complete.StampedAt(clock.GetCurrentInstant());
            switch (PerformanceDecider.Decide(stamped, PerformanceDecider.Fold(history)))
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
                        if (!await retry.WaitAsync(conflict.ActualVersion, ct))
                            throw;
                    }
                    break;
            }
        }
    }
}
