using Ledger.Domain.Budget;
using Ledger.Domain.Performance;
using Ledger.Domain.Performance.Commands;

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
        var renstras = command is ImportPk ? await journal.RenstrasOfAsync(unit, ct) : [];
        return await DecideAndAppend.RunAsync(journal, unit, year, history =>
        {
            var complete = command is ImportPk pk ? pk with { Renstras = renstras, BudgetKodes = PerformanceReads.BudgetKodes(history) } : command;
            var stamped = clock is null ? complete : complete.StampedAt(clock.GetCurrentInstant());
            return PerformanceDecider.Decide(stamped, PerformanceDecider.Fold(history));
        }, ct);
    }
}
