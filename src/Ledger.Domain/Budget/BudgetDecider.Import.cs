using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Budget;

public static partial class BudgetDecider
{
    private static Decision DecideImport(ImportBudget command, BudgetState state)
    {
        if (state.WasLastImport(BudgetState.BudgetSlot(command.Context.Stage), command.Fingerprint))
            return Decision.Accept([]);
        if ((CheckContext(command.Context) ?? CheckStageOrder(command.Context, state) ?? CheckLines(command)) is { } rejected)
            return rejected;

        var events = new List<BudgetEvent> { new BudgetSheetImported(command.Source, command.Fingerprint, command.Lines.Count) };
        var planned = new HashSet<Kode>();
        foreach (var line in command.Lines)
        {
            planned.Add(line.Kode);
            var existing = state.Find(line.Kode);
            if (existing is null || !existing.IsOpen)
                OpenLine(line, command.HasIndicators, events);
            else
                ChangeLine(existing, line, command.HasIndicators, events);
        }
        foreach (var line in state.Lines.Values)
        {
            if (line.IsOpen && !planned.Contains(line.Kode))
                events.Add(new LineRemoved(line.Kode));
        }

        if (command.Context.Stage == Stage.Pergeseran && CheckBalance(command, state) is { } unbalanced)
            return unbalanced;
        if (state.HasStage(command.Context.Stage))
        {
            if (events.Count == 1)
                return SameStageUnchanged(command.Context, state);
            if (CheckDestructiveReimport(command.Context, state, events) is { } destructive)
                return destructive;
        }
        return Decision.Accept(Envelopes.Wrap(command.Context, command.Fingerprint, state, events));
    }

    /// <summary>
    /// A stage re-imported with nothing to change: nothing to write when it names the date already in force. With
    /// another date it is refused: a marker alone would move the stage's date for the stage order (blocking a valid
    /// later stage) while every line keeps the first date, so the journal would contradict itself.
    /// </summary>
    private static Decision SameStageUnchanged(CommandContext context, BudgetState state)
    {
        var inForce = state.Steps.Last(s => s.Stage == context.Stage);
        if (context.Effective == inForce.Effective)
            return Decision.Accept([]);
        return Decision.Reject(
            $"nothing changes: the {context.Stage.Name()} of {context.Unit} {context.FiscalYear} already is as in this sheet, in force from "
            + $"{inForce.Effective:yyyy-MM-dd}, and a re-import cannot move it to {context.Effective:yyyy-MM-dd}; nothing was written "
            + "(a wrong figure is fixed with ledger correct, a new legal step is imported as a later stage)");
    }

    /// <summary>A re-import of the same stage that removes lines with realisasi or kinerja reported on them needs a reason.</summary>
    private static Decision? CheckDestructiveReimport(CommandContext context, BudgetState state, List<BudgetEvent> events)
    {
        if (!string.IsNullOrWhiteSpace(context.Reason))
            return null;
        var reported = events.OfType<LineRemoved>()
            .Select(e => state.Find(e.Kode))
            .Where(l => l is not null && (l.Realisasi.Count > 0 || l.Kinerja.Count > 0))
            .Select(l => l!.Kode)
            .ToList();
        if (reported.Count == 0)
            return null;
        return Decision.Reject(
            $"re-importing the {context.Stage.Name()} would remove {reported.Count} line(s) with realisasi reported on them (e.g. {reported[0]}); "
            + "if they are meant to go, import again with --reason saying why",
            reported[0], "kode");
    }

    private static Decision? CheckStageOrder(CommandContext context, BudgetState state) =>
        StageOrderRefusal(context.Stage, context.Effective, context.Unit, context.FiscalYear, state) is { } refused
            ? new Decision.Rejected(refused)
            : null;

    /// <summary>Why a sheet of <paramref name="stage"/> effective on <paramref name="effective"/> may not follow <paramref name="state"/>'s stages, or null. Decide and Admit share it.</summary>
    private static Rejection? StageOrderRefusal(Stage stage, LocalDate effective, string unit, int fiscalYear, BudgetState state)
    {
        if (state.LatestStep is not { } latest)
            return stage == Stage.Murni ? null : new($"stage {stage.Name()} before any murni budget: import the murni sheet of {unit} {fiscalYear} first");
        if (stage.Rank() < state.HighestRank)
            return new($"stage {stage.Name()} out of order: {unit} {fiscalYear} is already at {state.LatestStage!.Value.Name()}");
        if (effective < latest.Effective)
        {
            return new(
                $"stage {stage.Name()} effective {effective:yyyy-MM-dd} is before the {latest.Stage.Name()} already in force from {latest.Effective:yyyy-MM-dd}");
        }
        return null;
    }

    private static Decision? CheckLines(ImportBudget command)
    {
        var seen = new HashSet<Kode>();
        foreach (var line in command.Lines)
        {
            if (!seen.Add(line.Kode))
                return Decision.Reject($"duplicate kode {line.Kode}", line.Kode, "kode");
            if (line.Pagu.IsNegative)
                return Decision.Reject($"pagu of {line.Kode} is negative ({line.Pagu})", line.Kode, "pagu");
            if ((CheckAmount(line.Pagu, line.Kode, "pagu") ?? CheckAmount(line.PaguRenstra ?? Money.Zero, line.Kode, "pagu_renstra")) is { } tooLarge)
                return tooLarge;
            var names = new HashSet<string>();
            foreach (var indicator in line.Indicators)
            {
                if (!names.Add(IndicatorName.Key(indicator.Name)))
                    return Decision.Reject($"{line.Kode} names indicator '{indicator.Name}' twice", line.Kode, "indikator");
            }
        }
        var parents = command.Lines.Where(l => l.Parent is not null).Select(l => l.Parent!.Value).ToHashSet();
        foreach (var line in command.Lines)
        {
            // A parent carries its children's sums; an own pagu on top would be counted twice.
            if (parents.Contains(line.Kode) && line.Pagu != Money.Zero)
                return Decision.Reject($"{line.Kode} has sub-lines, so its pagu is their sum and cannot be set ({line.Pagu})", line.Kode, "pagu");
        }
        foreach (var line in command.Lines)
        {
            if (line.Parent is { } parent && !seen.Contains(parent))
                return Decision.Reject($"parent {parent} of {line.Kode} is not in the sheet", line.Kode, "kode");
        }
        return null;
    }

    private static Decision? CheckBalance(ImportBudget command, BudgetState state)
    {
        var before = Money.Sum(state.Lines.Values.Where(l => l.IsOpen).Select(l => l.CurrentPagu));
        var after = Money.Sum(command.Lines.Select(l => l.Pagu));
        if (before == after)
            return null;
        return Decision.Reject(
            $"pergeseran does not balance: the total would change from {before} to {after} ({Signed(after - before)}); use refocusing or perubahan for changes of the total");
    }

    private static string Signed(Money change) => change.IsNegative ? change.ToString() : "+" + change;
}
