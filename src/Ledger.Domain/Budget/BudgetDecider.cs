using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Budget;

/// <summary>
/// The decider of a unit-year's budget stream: <see cref="Decide"/> turns a command into events or a
/// rejection given the current state; <see cref="Evolve"/> folds an event into the state. Pure: no I/O,
/// no clock.
/// </summary>
public static partial class BudgetDecider
{
    /// <summary>The events <paramref name="command"/> makes on <paramref name="state"/>, none when it changes nothing, or why it is refused.</summary>
    public static Decision Decide(BudgetCommand command, BudgetState state)
    {
        var decision = command switch
        {
            ImportBudget import => DecideImport(import, state),
            CorrectPagu correction => DecideCorrection(correction, state),
            ImportRealisasi realisasi => DecideRealisasi(realisasi, state),
            _ => throw new InvalidOperationException($"no decision for {command.GetType().Name}"),
        };
        // A command that changes nothing writes nothing, so its clock does not matter.
        if (decision is Decision.Accepted { Events.Count: > 0 } accepted)
            return CheckClock(command.Context, state) ?? CheckTotals(command, state, accepted.Events) ?? decision;
        return decision;
    }

    /// <summary>Recorded instants never run backwards within a stream (contract §11): equal is fine, earlier is refused.</summary>
    private static Decision? CheckClock(CommandContext context, BudgetState state)
    {
        if (state.LastRecorded is not { } last || context.RecordedAt >= last)
            return null;
        return Decision.Reject(
            $"the clock reads {context.RecordedAt}, earlier than {last}, the last instant recorded for {context.Unit} {context.FiscalYear}: "
            + "recorded instants never run backwards, so nothing was written (check the system clock, or LEDGER_NOW)");
    }

    private static Decision DecideCorrection(CorrectPagu command, BudgetState state)
    {
        var context = command.Context;
        // A missing reason is said first, before a date out of range (CorrectionRefusal says it again, for Admit).
        if (string.IsNullOrWhiteSpace(context.Reason))
            return Decision.Reject("a correction needs a reason", command.Kode);
        if (CheckContext(context) is { } badContext)
            return badContext;
        if (CorrectionRefusal(context.Stage, context.Effective, context.Reason, command.Kode, state) is { } refused)
            return new Decision.Rejected(refused);
        var line = state.Find(command.Kode)!;
        if (command.Pagu.IsNegative)
            return Decision.Reject($"pagu of {command.Kode} would be negative ({command.Pagu})", command.Kode, "pagu");
        if (CheckAmount(command.Pagu, command.Kode, "pagu") is { } tooLarge)
            return tooLarge;
        var from = line.Pagu.At(context.Stage);
        if (from == command.Pagu)
            return Decision.Accept([]);
        return Decision.Accept(Envelopes.Wrap(context, command.Fingerprint, state, [new PaguCorrected(command.Kode, from, command.Pagu)]));
    }

    /// <summary>
    /// Why a pagu correction of <paramref name="kode"/> at <paramref name="stage"/>, effective on
    /// <paramref name="effective"/>, may not be made on <paramref name="state"/>, or null. Decide and Admit share it.
    /// When null, the line exists.
    /// </summary>
    private static Rejection? CorrectionRefusal(Stage stage, LocalDate effective, string? reason, Kode kode, BudgetState state)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return new("a correction needs a reason", kode);
        if (!state.HasStage(stage))
            return new($"nothing to correct: no {stage.Name()} budget has been imported", kode);
        if (state.Find(kode) is not { } line || !line.Present.At(stage))
            return new($"kode {kode} is not an open line at {stage.Name()}", kode, "kode");
        if (state.Lines.Values.Any(l => l.IsOpen && l.Parent == kode))
            return new($"{kode} has sub-lines: its pagu is their sum; correct a sub-line instead", kode, "kode");
        var stageFrom = state.Steps.Where(s => s.Stage == stage).Min(s => s.Effective);
        if (effective < stageFrom)
        {
            return new(
                $"a correction of the {stage.Name()} cannot take effect on {effective:yyyy-MM-dd}, before the {stage.Name()} itself ({stageFrom:yyyy-MM-dd})",
                kode);
        }
        return null;
    }

    private static Decision? CheckContext(CommandContext context)
    {
        var earliest = new LocalDate(context.FiscalYear - 1, 1, 1);
        var latest = new LocalDate(context.FiscalYear + 1, 12, 31);
        if (context.Effective < earliest || context.Effective > latest)
        {
            return Decision.Reject(
                $"effective date {context.Effective:yyyy-MM-dd} is too far from fiscal year {context.FiscalYear}");
        }
        return null;
    }
}
