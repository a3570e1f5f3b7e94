namespace Ledger.Projections.Performance.Tables;

/// <summary>
/// The means of contract §9.4: of the unrounded capaian, empty ones left out, rounded only when written.
/// </summary>
public static class PerformanceMeans
{
    /// <summary>The mean of the capaian that are not null; null when none is.</summary>
    public static decimal? Of(IEnumerable<decimal?> capaian)
    {
        var values = capaian.OfType<decimal>().ToList();
        return values.Count == 0 ? null : values.Sum() / values.Count;
    }

    /// <summary>The period end a table of <paramref name="year"/> reads realisasi to: the slice's date, else 31 December.</summary>
    public static NodaTime.LocalDate PeriodEnd(int year, TimeSlice slice) => slice.AsOf ?? new NodaTime.LocalDate(year, 12, 31);
}
