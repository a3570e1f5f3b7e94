using System.Collections.Immutable;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Projections.Performance;

/// <summary>
/// A unit's performance framework in a <see cref="TimeSlice"/>: each unit-year stream's performance events folded
/// (ADR 0007), by year. The Renstra of 2021–2026 is in the year 2021; a year's PK and pengukuran in that year. What
/// the iku, efisiensi, perkembangan, predikat and renstra tables read.
/// </summary>
public sealed record UnitPerformance(string Unit, ImmutableSortedDictionary<int, PerformanceState> Years)
{
    /// <summary>The unit's Renstras, by first year.</summary>
    public IEnumerable<RenstraState> Renstras => Years.Values.Select(s => s.Renstra).OfType<RenstraState>();

    /// <summary>The Renstra whose period covers <paramref name="year"/> (the latest starting, should two overlap); null when none does.</summary>
    public RenstraState? RenstraCovering(int year) => Renstras.Where(r => r.Covers(year)).MaxBy(r => r.FirstYear);

    /// <summary>The Renstra of <paramref name="firstYear"/>–<paramref name="lastYear"/>; null when the unit has none starting that year.</summary>
    public RenstraState? Renstra(int firstYear) => Years.TryGetValue(firstYear, out var state) ? state.Renstra : null;

    /// <summary>The years with a PK, in order.</summary>
    public IEnumerable<int> PkYears => Years.Where(y => y.Value.Pk is { Indicators.Count: > 0 }).Select(y => y.Key);

    /// <summary>The PK of <paramref name="year"/>; null when there is none.</summary>
    public PkState? Pk(int year) => Years.TryGetValue(year, out var state) ? state.Pk : null;

    /// <summary>
    /// The PK of <paramref name="year"/>, indicator by indicator in PK order, with the Renstra indicator it commits to
    /// and the realisasi reported for a period ending on or before <paramref name="periodEnd"/>. Empty without a PK.
    /// </summary>
    public IReadOnlyList<IndicatorAt> IndicatorsAt(int year, LocalDate periodEnd)
    {
        if (!Years.TryGetValue(year, out var state) || state.Pk is not { } pk)
            return [];
        var renstra = pk.RenstraFirstYear is { } first ? Renstra(first) : RenstraCovering(year);
        return [.. pk.Indicators.Select(i => new IndicatorAt(year, i, renstra?.Find(i.Indikator), state.RealisasiAt(i.Indikator, periodEnd)))];
    }
}

/// <summary>One PK indicator of a year at a period end: its target and lines, its Renstra row (null when none), its realisasi (null when none yet).</summary>
public sealed record IndicatorAt(int Year, PkIndicator Pk, RenstraIndicator? Renstra, Quantity? Realisasi)
{
    /// <summary>Realisasi against the year's target (contract §7), unrounded; null without either.</summary>
    public decimal? CapaianPct => Ledger.Domain.Performance.Capaian.Percent(Pk.Target?.Value, Realisasi?.Value, Pk.Arah);

    /// <summary>The Renstra's end target, where it has one.</summary>
    public Quantity? TargetAkhir => Renstra?.TargetAkhir;

    /// <summary>Realisasi against the Renstra's end target, unrounded; null without either.</summary>
    public decimal? CapaianAkhirPct => Ledger.Domain.Performance.Capaian.Percent(TargetAkhir?.Value, Realisasi?.Value, Pk.Arah);
}
