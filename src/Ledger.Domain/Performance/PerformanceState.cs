using System.Collections.Immutable;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Performance;

/// <summary>
/// The performance events of one unit-year stream, folded (ADR 0007): the Renstra starting that year, if any; the
/// year's PK, if any; and the realisasi reported per period end, by indicator. <see cref="EventCount"/> and
/// <see cref="LastRecorded"/> count every event of the stream, the budget's too: ids and the clock rule are the stream's.
/// </summary>
public sealed record PerformanceState(
    RenstraState? Renstra,
    PkState? Pk,
    ImmutableSortedDictionary<LocalDate, ImmutableDictionary<string, Quantity>> Pengukuran,
    long EventCount,
    Instant? LastRecorded)
{
    /// <summary>The state of an empty stream.</summary>
    public static readonly PerformanceState Initial = new(null, null, ImmutableSortedDictionary<LocalDate, ImmutableDictionary<string, Quantity>>.Empty, 0, null);

    /// <summary>What <paramref name="indikator"/> achieved as last reported for a period ending on or before <paramref name="periodEnd"/>; null when nothing was.</summary>
    public Quantity? RealisasiAt(string indikator, LocalDate periodEnd)
    {
        var key = IndicatorMatch.Key(indikator);
        foreach (var (end, values) in Pengukuran.Reverse())
        {
            if (end <= periodEnd && values.TryGetValue(key, out var value))
                return value;
        }
        return null;
    }

    /// <summary>The realisasi reported for the period ending on <paramref name="periodEnd"/> exactly, by indicator key.</summary>
    public ImmutableDictionary<string, Quantity> ReportedFor(LocalDate periodEnd) =>
        Pengukuran.TryGetValue(periodEnd, out var values) ? values : ImmutableDictionary<string, Quantity>.Empty;
}
