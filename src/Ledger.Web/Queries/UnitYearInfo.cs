using Ledger.Application.Live;
using Ledger.Application.ReadModels;
using Ledger.Domain.Budget;
using Ledger.Journal;
using NodaTime;

namespace Ledger.Web.Queries;

/// <summary>What the pages' controls need to know of a unit-year: its stages and realisasi reports, and the dates its events span.</summary>
internal sealed record UnitYearFacts(
    string Unit, int Year, IReadOnlyList<StageStep> Steps, IReadOnlyList<ReportStep> Reports, LocalDate FirstDate, LocalDate LastDate)
{
    public bool Exists => Steps.Count > 0 || Reports.Count > 0;

    /// <summary>Days from <see cref="FirstDate"/> to <see cref="LastDate"/>: the slider's range.</summary>
    public int SpanDays => Period.DaysBetween(FirstDate, LastDate);

    public LocalDate Clamp(LocalDate date) => date < FirstDate ? FirstDate : date > LastDate ? LastDate : date;
}

/// <summary>
/// The <see cref="UnitYearFacts"/> of a unit-year, from the live projection's folded state (no read of the stream),
/// or from the tables' read model when the projection has not reached it yet. The slider spans the fiscal year and every
/// stage's effective date and realisasi period end.
/// </summary>
internal sealed class UnitYearInfo(ReadModelCache models, LiveProjection live)
{
    public async Task<UnitYearFacts> LoadAsync(string unit, int year, CancellationToken ct)
    {
        var state = live.Budget(unit, year) ?? (await models.GetAsync(unit, year, ct)).Budget;
        var first = new LocalDate(year, 1, 1);
        var last = new LocalDate(year, 12, 31);
        foreach (var date in state.Steps.Select(s => s.Effective).Concat(state.Reports.Select(r => r.PeriodEnd)))
        {
            first = LocalDate.Min(first, date);
            last = LocalDate.Max(last, date);
        }
        return new UnitYearFacts(unit, year, state.Steps, state.Reports, first, last);
    }
}
