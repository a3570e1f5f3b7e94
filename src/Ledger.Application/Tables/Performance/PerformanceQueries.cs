using Ledger.Domain.Performance;
using Ledger.Journal;
using Ledger.Projections;
using Ledger.Projections.Performance;
using Ledger.Projections.Performance.Tables;

namespace Ledger.Application.Tables.Performance;

/// <summary>
/// The performance framework's tables (contract §9.4), read from the unit-year streams that hold them (ADR 0007):
/// the year's stream, the Renstra's first year's, and for perkembangan the years it shows.
/// </summary>
public sealed class PerformanceQueries(LedgerJournal journal)
{
    /// <summary>How far back a Renstra covering a year may start: it spans at most six years.</summary>
    private const int RenstraReach = 5;

    public async Task<IkuTable> IkuAsync(string unit, int year, TimeSlice slice, PredikatScale scale, CancellationToken ct)
    {
        var framework = await WithPkAsync(unit, year, year, slice, ct);
        return IkuProjection.Build(framework, year, slice, scale);
    }

    public async Task<EfisiensiTable> EfisiensiAsync(string unit, int year, TimeSlice slice, CancellationToken ct)
    {
        var events = await journal.ReadYearsAsync(unit, year - RenstraReach, year, ct);
        var framework = WithPk(PerformanceAt.Fold(unit, events, slice), unit, year, slice);
        // The budget of the same read of the year's stream: the pagu and realisasi beside the PK that names its lines.
        var budget = BudgetAt.Fold(events.Where(e => e.FiscalYear == year), slice);
        return EfisiensiProjection.Build(framework, budget, year, slice);
    }

    public async Task<PerkembanganTable> PerkembanganAsync(string unit, int year, int? since, TimeSlice slice, CancellationToken ct)
    {
        if (since > year)
            throw new InputException($"--since {since} is after --year {year}");
        var framework = await WithPkAsync(unit, year, Math.Min(since ?? year, year) - PerkembanganProjection.MaxYearsBack, slice, ct);
        return PerkembanganProjection.Build(framework, year, PerkembanganProjection.FirstYear(framework, year, since), slice);
    }

    public async Task<PredikatTable> PredikatAsync(string unit, int year, TimeSlice slice, PredikatScale scale, CancellationToken ct)
    {
        var framework = await WithPkAsync(unit, year, year, slice, ct);
        return PredikatProjection.Build(framework, year, slice, scale);
    }

    public async Task<RenstraTable> RenstraAsync(string unit, int firstYear, int lastYear, TimeSlice slice, CancellationToken ct)
    {
        var framework = PerformanceAt.Fold(unit, await journal.ReadYearsAsync(unit, firstYear, firstYear, ct), slice);
        return RenstraProjection.Build(framework, firstYear, lastYear, slice)
            ?? throw new InputException($"no Renstra {firstYear}–{lastYear} for {unit} in this store"
                + (slice == TimeSlice.Everything ? "" : " at that date") + ": import one first (ledger import renstra)");
    }

    /// <summary>The unit's framework from <paramref name="from"/> (and the Renstras that may cover it) to <paramref name="year"/>; refused without the year's PK.</summary>
    private async Task<UnitPerformance> WithPkAsync(string unit, int year, int from, TimeSlice slice, CancellationToken ct) =>
        WithPk(PerformanceAt.Fold(unit, await journal.ReadYearsAsync(unit, from - RenstraReach, year, ct), slice), unit, year, slice);

    private static UnitPerformance WithPk(UnitPerformance framework, string unit, int year, TimeSlice slice)
    {
        if (framework.Pk(year) is not { Indicators.Count: > 0 })
            throw new InputException($"no PK for {unit} {year} in this store"
                + (slice == TimeSlice.Everything ? "" : " at that date") + ": import one first (ledger import pk)");
        return framework;
    }
}
