using Ledger.Domain.Performance;

namespace Ledger.Projections.Performance.Tables;

/// <summary>The perkembangan table (contract §9.4): each indicator's capaian year by year, <see cref="Years"/> the columns.</summary>
public sealed record PerkembanganTable(string Unit, int Year, TimeSlice Slice, ValueList<int> Years, IReadOnlyList<PerkembanganRow> Rows);

/// <summary>One indicator: its capaian in each year of the table (null where that year has no PK or no realisasi), unrounded.</summary>
public sealed record PerkembanganRow(string Sasaran, string Indikator, ValueList<decimal?> Capaian);

/// <summary>Builds the perkembangan table from a unit's framework folded across the years. Pure.</summary>
public static class PerkembanganProjection
{
    /// <summary>How many years before <c>--year</c> the table reaches back at most.</summary>
    public const int MaxYearsBack = 4;

    /// <summary>The first year of the table: <paramref name="since"/>, else the first year with a PK, at most four years back.</summary>
    public static int FirstYear(UnitPerformance framework, int year, int? since) =>
        since ?? Math.Max(year - MaxYearsBack, framework.PkYears.Where(y => y <= year).DefaultIfEmpty(year).Min());

    /// <summary>
    /// Rows are the indicators of <paramref name="year"/>'s PK in its order, then those only earlier PKs name; each earlier
    /// year is read at 31 December, <paramref name="year"/> itself at the slice's date.
    /// </summary>
    public static PerkembanganTable Build(UnitPerformance framework, int year, int firstYear, TimeSlice slice)
    {
        var years = Enumerable.Range(firstYear, Math.Max(0, year - firstYear + 1)).ToList();
        var byYear = years.ToDictionary(y => y, y => framework.IndicatorsAt(y, y == year ? PerformanceMeans.PeriodEnd(y, slice) : new NodaTime.LocalDate(y, 12, 31)));
        var order = new List<(string Sasaran, string Indikator)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var y in years.OrderByDescending(y => y == year).ThenByDescending(y => y))
        {
            foreach (var indicator in byYear[y])
            {
                if (seen.Add(IndicatorMatch.Key(indicator.Pk.Indikator)))
                    order.Add((indicator.Pk.Sasaran, indicator.Pk.Indikator));
            }
        }
        var rows = order.Select(o => new PerkembanganRow(o.Sasaran, o.Indikator, new ValueList<decimal?>(years.Select(y =>
            byYear[y].FirstOrDefault(i => IndicatorMatch.Same(i.Pk.Indikator, o.Indikator))?.CapaianPct)))).ToList();
        return new PerkembanganTable(framework.Unit, year, slice, new ValueList<int>(years), rows);
    }
}
