using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Budget;

public static partial class BudgetDecider
{
    private static Decision DecideRealisasi(ImportRealisasi command, BudgetState state)
    {
        if (state.WasLastImport(BudgetState.RealisasiSlot(command.Context.Effective), command.Fingerprint))
            return Decision.Accept([]);
        var context = command.Context;
        if (state.LatestStage is not { } stage)
            return Decision.Reject($"no budget for {context.Unit} {context.FiscalYear} yet: import its budget sheet before realisasi");
        var periodEnd = context.Effective;
        if (periodEnd.Year != context.FiscalYear)
            return Decision.Reject($"period end {periodEnd:yyyy-MM-dd} is outside fiscal year {context.FiscalYear}");
        if (command.Correction && string.IsNullOrWhiteSpace(context.Reason))
            return Decision.Reject("a correction of realisasi needs a reason (--reason)");

        var events = new List<BudgetEvent> { new RealisasiSheetImported(command.Source, command.Fingerprint, command.Lines.Count) };
        var seen = new HashSet<Kode>();
        foreach (var reported in command.Lines)
        {
            if (!seen.Add(reported.Kode))
                return Decision.Reject($"duplicate kode {reported.Kode}", reported.Kode, "kode");
            if (state.Find(reported.Kode) is not { IsOpen: true } line)
                return Decision.Reject($"kode {reported.Kode} is not a line of the {context.FiscalYear} budget", reported.Kode, "kode");
            if (ReportSpending(state, line, reported, periodEnd, command.Correction, events) is { } rejected)
                return rejected;
            if (ReportKinerja(line, reported, periodEnd, events) is { } unknown)
                return unknown;
        }
        // Realisasi events take the stage in force: they report against the budget as it stands.
        return Decision.Accept(Envelopes.Wrap(context with { Stage = stage }, command.Fingerprint, state, events));
    }

    private static Decision? ReportSpending(
        BudgetState state, LineState line, ReportedLine reported, LocalDate periodEnd, bool correction, List<BudgetEvent> events)
    {
        if (reported.Realisasi is not { } amount)
            return null;
        // On a parent the figure is a printed total of its children: checked by the sheet checks, never stored.
        if (state.Lines.Values.Any(l => l.IsOpen && l.Parent == line.Kode))
            return null;
        if (amount.IsNegative)
            return Decision.Reject($"realisasi of {line.Kode} is negative ({amount})", line.Kode, "realisasi");
        if (CheckAmount(amount, line.Kode, "realisasi") is { } tooLarge)
            return tooLarge;
        // Cumulative figures never fall from one period end to the next, corrections included: a correction fixes
        // the report of its own period and must still fit between the reports before and after it.
        var earlier = line.Realisasi.Where(p => p.Key < periodEnd).Select(p => (KeyValuePair<LocalDate, Money>?)p).LastOrDefault();
        if (earlier is { } before && amount < before.Value)
        {
            return Decision.Reject(
                $"realisasi of {line.Kode} is cumulative but falls from {before.Value} to {amount}, below the report to {before.Key:yyyy-MM-dd}; "
                + (correction
                    ? $"correct the report to {before.Key:yyyy-MM-dd} first (import it again with --correction --reason)"
                    : "if the earlier report was wrong, import it again with --correction --reason"),
                line.Kode, "realisasi");
        }
        var later = line.Realisasi.Where(p => p.Key > periodEnd).Select(p => (KeyValuePair<LocalDate, Money>?)p).FirstOrDefault();
        if (later is { } next && amount > next.Value)
        {
            return Decision.Reject(
                $"realisasi of {line.Kode} is cumulative but {amount} exceeds the {next.Value} already reported to {next.Key:yyyy-MM-dd}; "
                + "correct that report first (import it again with --correction --reason)",
                line.Kode, "realisasi");
        }
        if (line.Realisasi.TryGetValue(periodEnd, out var same) && same == amount)
            return null;
        events.Add(new RealisasiReported(line.Kode, amount));
        return null;
    }

    private static Decision? ReportKinerja(LineState line, ReportedLine reported, LocalDate periodEnd, List<BudgetEvent> events)
    {
        foreach (var kinerja in reported.Kinerja)
        {
            if (!line.CurrentIndicators.Any(i => IndicatorName.SameAs(i.Name, kinerja.Indikator)))
                return Decision.Reject($"{line.Kode} has no indicator '{kinerja.Indikator}'", line.Kode, "indikator");
            var reportedThen = line.Kinerja.GetValueOrDefault(periodEnd)?.GetValueOrDefault(IndicatorName.Key(kinerja.Indikator));
            if (reportedThen == kinerja.Realisasi)
                continue;
            events.Add(new KinerjaReported(line.Kode, kinerja.Indikator, kinerja.Realisasi));
        }
        return null;
    }
}
