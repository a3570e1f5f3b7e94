using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Performance.Commands;
using Ledger.Domain.Values;

namespace Ledger.Domain.Performance;

public static partial class PerformanceDecider
{
    /// <summary>
    /// Why <paramref name="envelope"/> could not have been written by <see cref="Decide"/> as the next event of a stream in
    /// <paramref name="state"/>, seen from the event alone (ADR 5: a rule of Decide belongs here too); null when admitted.
    /// Place, context and id are <see cref="StreamAdmission"/>'s. Events other than performance events are admitted.
    /// </summary>
    public static Rejection? Admit(PerformanceState state, EventEnvelope envelope)
    {
        var year = envelope.FiscalYear;
        return envelope.Event switch
        {
            RenstraSheetImported e when e.FirstYear != year || e.LastYear < e.FirstYear || e.LastYear - e.FirstYear + 1 > ImportRenstra.MaxYears =>
                new($"a Renstra for {e.FirstYear}–{e.LastYear} in the stream of {year}: a Renstra spans 1 to {ImportRenstra.MaxYears} years and lives in the stream of its first year"),
            RenstraIndicatorDefined when state.Renstra is null => NoRenstra(envelope),
            RenstraIndicatorDropped e => HeldRenstraIndicator(state, e.Tujuan, e.Sasaran, e.Indikator) is null ? NoRenstraIndicator(e.Indikator) : null,
            RenstraValueSet e => HeldRenstraIndicator(state, e.Tujuan, e.Sasaran, e.Indikator) switch
            {
                null => NoRenstraIndicator(e.Indikator),
                var i when i.Value(e.Slot) is { } held => new($"{e.Slot} of '{e.Indikator}' is set while it is {held} already", null, e.Slot.ToString()),
                _ => SlotInPeriod(state.Renstra!, e.Slot),
            },
            RenstraValueRevised e => HeldRenstraIndicator(state, e.Tujuan, e.Sasaran, e.Indikator) switch
            {
                null => NoRenstraIndicator(e.Indikator),
                var i => From(e.Slot.ToString(), e.Indikator, i.Value(e.Slot), e.From) ?? SlotInPeriod(state.Renstra!, e.Slot),
            },
            RenstraValueCleared e => HeldRenstraIndicator(state, e.Tujuan, e.Sasaran, e.Indikator) switch
            {
                null => NoRenstraIndicator(e.Indikator),
                var i => From(e.Slot.ToString(), e.Indikator, i.Value(e.Slot), e.From),
            },
            PkIndicatorDefined when state.Pk is null => new($"a PK indicator in {envelope.Unit} {year}, which has no PK sheet imported"),
            PkIndicatorDropped e => state.Pk?.Find(e.Indikator) is null ? NoPkIndicator(envelope, e.Indikator) : null,
            PkTargetSet e => state.Pk?.Find(e.Indikator) switch
            {
                null => NoPkIndicator(envelope, e.Indikator),
                { Target: { } held } => new($"the target of '{e.Indikator}' is set while it is {held} already", null, "target"),
                _ => null,
            },
            PkTargetRevised e => state.Pk?.Find(e.Indikator) is { } pk ? From("target", e.Indikator, pk.Target, e.From) : NoPkIndicator(envelope, e.Indikator),
            PkProgramsAssigned e => state.Pk?.Find(e.Indikator) switch
            {
                null => NoPkIndicator(envelope, e.Indikator),
                var pk when !pk.Programs.Equals(e.From) => new($"the lines of '{e.Indikator}' change from {e.From}, but they are {pk.Programs}", null, "program"),
                _ => null,
            },
            KinerjaSheetImported or PengukuranReported or PengukuranRevised when envelope.Effective.Year != year =>
                new($"period end {envelope.Effective:yyyy-MM-dd} is outside fiscal year {year}"),
            PengukuranReported e => state.Pk?.Find(e.Indikator) is null
                ? NoPkIndicator(envelope, e.Indikator)
                : state.ReportedFor(envelope.Effective).TryGetValue(IndicatorMatch.Key(e.Indikator), out var held)
                    ? new($"realisasi of '{e.Indikator}' at {envelope.Effective:yyyy-MM-dd} is reported while it is {held} already", null, "realisasi")
                    : null,
            PengukuranRevised e => state.Pk?.Find(e.Indikator) is null
                ? NoPkIndicator(envelope, e.Indikator)
                : From("realisasi", e.Indikator,
                    state.ReportedFor(envelope.Effective).TryGetValue(IndicatorMatch.Key(e.Indikator), out var held) ? held : null, e.From),
            _ => null,
        };
    }

    private static RenstraIndicator? HeldRenstraIndicator(PerformanceState state, string tujuan, string? sasaran, string indikator)
    {
        var identity = Performance.RenstraIndicator.IdentityOf(tujuan, sasaran, indikator);
        return state.Renstra?.Indicators.FirstOrDefault(i => i.Identity == identity);
    }

    private static Rejection? SlotInPeriod(RenstraState renstra, RenstraSlot slot) =>
        slot.Column == RenstraColumn.Target && !renstra.Covers(slot.Year)
            ? new($"column {slot} lies outside the period {renstra.Period}", null, slot.ToString())
            : null;

    private static Rejection? From(string field, string indikator, Quantity? held, Quantity from) =>
        held == from ? null : new($"the {field} of '{indikator}' is revised from {from}, but it is {held?.ToString() ?? "not set"}", null, field);

    private static Rejection NoRenstra(EventEnvelope envelope) =>
        new($"a Renstra indicator in {envelope.Unit} {envelope.FiscalYear}, where no Renstra starts");

    private static Rejection NoRenstraIndicator(string indikator) => new($"'{indikator}' is not an indicator of the Renstra", null, "indikator");

    private static Rejection NoPkIndicator(EventEnvelope envelope, string indikator) =>
        new($"'{indikator}' is not an indicator of the {envelope.FiscalYear} PK of {envelope.Unit}", null, "indikator");
}
