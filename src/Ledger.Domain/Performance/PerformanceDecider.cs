using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Performance.Commands;
using NodaTime;

namespace Ledger.Domain.Performance;

/// <summary>
/// The decider of a unit's performance framework (contract §9, ADR 0007): <see cref="Decide"/> turns an import into
/// the events that change what the unit-year stream holds, none when nothing changes, or a rejection naming the row
/// and column; <see cref="Evolve"/> folds one event. Pure: no I/O, no clock.
/// </summary>
public static partial class PerformanceDecider
{
    /// <summary>The events <paramref name="command"/> makes on <paramref name="state"/>, none when it changes nothing, or why it is refused.</summary>
    public static Decision Decide(PerformanceCommand command, PerformanceState state)
    {
        var decision = command switch
        {
            ImportRenstra renstra => DecideRenstra(renstra, state),
            ImportPk pk => DecidePk(pk, state),
            ImportKinerja kinerja => DecideKinerja(kinerja, state),
            _ => throw new InvalidOperationException($"no decision for {command.GetType().Name}"),
        };
        // A command that changes nothing writes nothing, so its clock does not matter.
        if (decision is Decision.Accepted { Events.Count: > 0 } && CheckClock(command.Context, state) is { } backwards)
            return backwards;
        return decision;
    }

    /// <summary>Recorded instants never run backwards within a stream (contract §11), the budget's events included.</summary>
    private static Decision? CheckClock(CommandContext context, PerformanceState state)
    {
        if (state.LastRecorded is not { } last || context.RecordedAt >= last)
            return null;
        return Decision.Reject(
            $"the clock reads {context.RecordedAt}, earlier than {last}, the last instant recorded for {context.Unit} {context.FiscalYear}: "
            + "recorded instants never run backwards, so nothing was written (check the system clock, or LEDGER_NOW)");
    }

    /// <summary>The effective date lies within a year of the stream's fiscal year, as for the budget.</summary>
    private static Decision? CheckEffective(CommandContext context, int firstYear, int lastYear)
    {
        if (context.Effective < new LocalDate(firstYear - 1, 1, 1) || context.Effective > new LocalDate(lastYear + 1, 12, 31))
            return Decision.Reject($"effective date {context.Effective:yyyy-MM-dd} is too far from {(firstYear == lastYear ? $"fiscal year {firstYear}" : $"the period {firstYear}–{lastYear}")}");
        return null;
    }

    private static Decision.Rejected RejectRow(string message, int row, string field) =>
        new(new Rejection(message, null, field) { Row = row });

    private static Decision Accept(PerformanceCommand command, PerformanceState state, List<BudgetEvent> events) =>
        events.Count <= 1 ? Decision.Accept([]) : Decision.Accept(Envelopes.WrapAt(command.Context, command.Fingerprint, state.EventCount, events));
}
