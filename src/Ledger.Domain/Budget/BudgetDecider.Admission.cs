using Ledger.Domain.Events;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Budget;

public static partial class BudgetDecider
{
    /// <summary>
    /// Whether the decider could have written <paramref name="envelope"/> on <paramref name="state"/>: the rules
    /// its commands are refused by, seen from one event (a pagu event needs an open line and a non-negative
    /// amount, a revision starts from the value in force, a stage never goes below one imported, realisasi
    /// comes after a budget). What only a sequence shows (ids, recorded instants, whole imports) is
    /// <see cref="StreamAdmission"/>'s. Null when admitted. Pure.
    /// </summary>
    /// <remarks>Each rule mirrors a check of Decide; a check added there belongs here too.</remarks>
    public static Rejection? Admit(BudgetState state, EventEnvelope envelope)
    {
        var earliest = new LocalDate(envelope.FiscalYear - 1, 1, 1);
        var latest = new LocalDate(envelope.FiscalYear + 1, 12, 31);
        if (envelope.Effective < earliest || envelope.Effective > latest)
            return new($"effective date {envelope.Effective:yyyy-MM-dd} is too far from fiscal year {envelope.FiscalYear}");
        return envelope.Event switch
        {
            BudgetSheetImported e => AdmitSheet(state, envelope, e),
            RealisasiSheetImported => AdmitRealisasiSheet(state, envelope),
            PerformanceEvent => null,
            PaguCorrected e => AdmitCorrection(state, envelope, e),
            LineOpened e => state.Find(e.Kode) is { IsOpen: true }
                ? new($"{e.Kode} is opened while it is already open", e.Kode, "kode")
                : null,
            { Line: { } kode } e => OpenLine(state, kode) is { } line ? AdmitLineEvent(state, envelope, line, e) : NotOpen(kode, e),
            _ => new($"{envelope.EventType} is not an event of a budget stream"),
        };
    }

    private static Rejection NotOpen(Kode kode, BudgetEvent e) =>
        new($"{e.GetType().Name} for {kode}, which is not an open line of the budget", kode, "kode");

    private static LineState? OpenLine(BudgetState state, Kode kode) => state.Find(kode) is { IsOpen: true } line ? line : null;

    private static Rejection? AdmitSheet(BudgetState state, EventEnvelope envelope, BudgetSheetImported sheet) =>
        sheet.LineCount < 0
            ? new($"a sheet of {sheet.LineCount} lines")
            : StageOrderRefusal(envelope.Stage, envelope.Effective, envelope.Unit, envelope.FiscalYear, state);

    private static Rejection? AdmitRealisasiSheet(BudgetState state, EventEnvelope envelope)
    {
        if (state.LatestStage is not { } stage)
            return new($"realisasi for {envelope.Unit} {envelope.FiscalYear}, which has no budget yet");
        if (envelope.Stage != stage)
            return new($"realisasi at stage {envelope.Stage.Name()}, while the budget in force is the {stage.Name()}");
        if (envelope.Effective.Year != envelope.FiscalYear)
            return new($"period end {envelope.Effective:yyyy-MM-dd} is outside fiscal year {envelope.FiscalYear}");
        return null;
    }

    private static Rejection? AdmitCorrection(BudgetState state, EventEnvelope envelope, PaguCorrected e) =>
        CorrectionRefusal(envelope.Stage, envelope.Effective, envelope.Reason, e.Kode, state)
            ?? Revision(e.Kode, "pagu", state.Find(e.Kode)!.Pagu.At(envelope.Stage), e.From, e.To);

    private static Rejection? AdmitLineEvent(BudgetState state, EventEnvelope envelope, LineState line, BudgetEvent @event)
    {
        var kode = line.Kode;
        return @event switch
        {
            PaguAllocated e when e.Pagu.IsNegative => Negative(kode, "pagu", e.Pagu),
            PaguAllocated e when e.Pagu > MaxRupiah => OverMax(kode, "pagu", e.Pagu),
            PaguAllocated e when e.Pagu == Money.Zero => new($"{kode} is allocated a pagu of 0", kode, "pagu"),
            PaguAllocated e when line.CurrentPagu != Money.Zero =>
                new($"{kode} is allocated {e.Pagu} while it has {line.CurrentPagu} already", kode, "pagu"),
            PaguRevised e => Revision(kode, "pagu", line.CurrentPagu, e.From, e.To),
            PaguRenstraSet e when e.Pagu.IsNegative => Negative(kode, "pagu", e.Pagu),
            PaguRenstraSet e when e.Pagu > MaxRupiah => OverMax(kode, "pagu_renstra", e.Pagu),
            LineRemoved when IsReimport(state, envelope) && string.IsNullOrWhiteSpace(envelope.Reason)
                && (line.Realisasi.Count > 0 || line.Kinerja.Count > 0) =>
                new($"{kode} is removed by a re-import of the {envelope.Stage.Name()} without a reason, though realisasi is reported on it", kode, "kode"),
            RealisasiReported e => AdmitRealisasi(state, envelope, line, e),
            IndicatorDropped e => IndicatorOf(line, e.Indikator) is null ? NoIndicator(kode, e.Indikator) : null,
            TargetSet e => IndicatorOf(line, e.Indikator) switch
            {
                null => NoIndicator(kode, e.Indikator),
                { Target: { } target } => new($"a target is set for '{e.Indikator}' of {kode}, which has one already ({target})", kode, "target"),
                _ => null,
            },
            TargetRevised e => IndicatorOf(line, e.Indikator) switch
            {
                null => NoIndicator(kode, e.Indikator),
                { Target: var target } when target != e.From =>
                    new($"the target of '{e.Indikator}' of {kode} is revised from {e.From}, but it is {target?.ToString() ?? "not set"}", kode, "target"),
                _ => null,
            },
            TargetRenstraSet e => IndicatorOf(line, e.Indikator) is null ? NoIndicator(kode, e.Indikator) : null,
            KinerjaReported e => IndicatorOf(line, e.Indikator) is null ? NoIndicator(kode, e.Indikator) : null,
            _ => null,
        };
    }

    private static Rejection? AdmitRealisasi(BudgetState state, EventEnvelope envelope, LineState line, RealisasiReported e)
    {
        var kode = line.Kode;
        if (e.Realisasi.IsNegative)
            return Negative(kode, "realisasi", e.Realisasi);
        if (state.Lines.Values.Any(l => l.IsOpen && l.Parent == kode))
            return new($"realisasi of {kode}, which has sub-lines: its realisasi is their sum", kode, "realisasi");
        if (e.Realisasi > MaxRupiah)
            return OverMax(kode, "realisasi", e.Realisasi);
        // Cumulative across period ends, corrections included (a corrected Triwulan I may not pass Triwulan III).
        var periodEnd = envelope.Effective;
        var earlier = line.Realisasi.Where(p => p.Key < periodEnd).Select(p => (Money?)p.Value).LastOrDefault();
        if (earlier is { } previous && e.Realisasi < previous)
            return new($"realisasi of {kode} is cumulative but falls from {previous} to {e.Realisasi}", kode, "realisasi");
        var later = line.Realisasi.Where(p => p.Key > periodEnd).Select(p => (Money?)p.Value).FirstOrDefault();
        if (later is { } next && e.Realisasi > next)
            return new($"realisasi of {kode} is cumulative but {e.Realisasi} exceeds the {next} of a later period", kode, "realisasi");
        return null;
    }

    private static Rejection? Revision(Kode kode, string field, Money current, Money from, Money to)
    {
        if (to.IsNegative)
            return Negative(kode, field, to);
        if (to > MaxRupiah)
            return OverMax(kode, field, to);
        if (from != current)
            return new($"{field} of {kode} is revised from {from}, but it is {current}", kode, field);
        if (from == to)
            return new($"{field} of {kode} is revised from {from} to the same amount", kode, field);
        return null;
    }

    private static Rejection OverMax(Kode kode, string field, Money amount) =>
        new($"{field} of {kode} is {amount}, above the {MaxRupiah} (10^15) the ledger allows for one line", kode, field);

    // The state already holds this command's sheet step: a second step of the stage means a re-import.
    private static bool IsReimport(BudgetState state, EventEnvelope envelope) =>
        state.Steps.Count(s => s.Stage == envelope.Stage) > 1;

    private static Rejection Negative(Kode kode, string field, Money amount) => new($"{field} of {kode} is negative ({amount})", kode, field);

    private static IndicatorState? IndicatorOf(LineState line, string indikator) =>
        line.CurrentIndicators.Find(i => IndicatorName.SameAs(i.Name, indikator));

    private static Rejection NoIndicator(Kode kode, string indikator) => new($"{kode} has no indicator '{indikator}'", kode, "indikator");
}
