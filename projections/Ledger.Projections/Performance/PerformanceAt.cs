using System.Collections.Immutable;
using Ledger.Domain.Events;
using Ledger.Domain.Performance;

namespace Ledger.Projections.Performance;

/// <summary>
/// A unit's performance framework as it stood in a <see cref="TimeSlice"/>: the decider's own fold over the events the
/// slice includes, stream by stream. Events of other units are ignored, so the whole journal may be passed.
/// </summary>
public static class PerformanceAt
{
    /// <summary>Folds <paramref name="events"/> (each stream's in its order; streams may interleave) from nothing.</summary>
    public static UnitPerformance Fold(string unit, IEnumerable<EventEnvelope> events, TimeSlice slice) =>
        Continue(new UnitPerformance(unit, ImmutableSortedDictionary<int, PerformanceState>.Empty), events, slice);

    /// <summary>Goes on from <paramref name="start"/> with the events after those it was folded from.</summary>
    public static UnitPerformance Continue(UnitPerformance start, IEnumerable<EventEnvelope> events, TimeSlice slice)
    {
        var years = start.Years.ToBuilder();
        foreach (var envelope in events)
        {
            if (envelope.Unit != start.Unit || !slice.Includes(envelope))
                continue;
            years[envelope.FiscalYear] = PerformanceDecider.Evolve(years.GetValueOrDefault(envelope.FiscalYear) ?? PerformanceState.Initial, envelope);
        }
        return start with { Years = years.ToImmutable() };
    }
}
