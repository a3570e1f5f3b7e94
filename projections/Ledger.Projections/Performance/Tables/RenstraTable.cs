using Ledger.Domain.Performance;

namespace Ledger.Projections.Performance.Tables;

/// <summary>The Renstra as a table (contract §9.4): its indicators in sheet order, one target column per year of the period.</summary>
public sealed record RenstraTable(string Unit, int FirstYear, int LastYear, TimeSlice Slice, IReadOnlyList<RenstraIndicator> Rows)
{
    /// <summary>The years of the period, the target columns.</summary>
    public IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);
}

/// <summary>Builds the Renstra table from a unit's framework folded in a time slice. Pure.</summary>
public static class RenstraProjection
{
    /// <summary>The Renstra of <paramref name="firstYear"/>–<paramref name="lastYear"/>; null when the unit has none for that period.</summary>
    public static RenstraTable? Build(UnitPerformance framework, int firstYear, int lastYear, TimeSlice slice) =>
        framework.Renstra(firstYear) is { } renstra && renstra.LastYear == lastYear
            ? new RenstraTable(framework.Unit, firstYear, lastYear, slice, [.. renstra.Indicators.OrderBy(i => i.Order)])
            : null;
}
