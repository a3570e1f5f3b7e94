using Ledger.Domain.Events;
using Ledger.Domain.Performance;

namespace Ledger.Projections.History;

/// <summary>
/// The history of a performance indicator across a unit's streams (contract §9: <c>history</c> shows the performance
/// events of an indicator too): its Renstra rows, every year's PK target, lines and revisions, every pengukuran,
/// oldest first per stream, whether or not in force now. Names match as the sheets' do (case, spacing, punctuation).
/// </summary>
public static class IndicatorHistory
{
    /// <summary>The events of <paramref name="streams"/> (each a stream's events in order) naming <paramref name="indikator"/>, each with its version in its stream.</summary>
    public static IReadOnlyList<HistoryEntry> For(IEnumerable<IEnumerable<EventEnvelope>> streams, string indikator)
    {
        var entries = new List<HistoryEntry>();
        foreach (var stream in streams)
        {
            long version = 0;
            foreach (var envelope in stream)
            {
                if (envelope.Event is PerformanceEvent e && e.NamedIndicator() is { } named && IndicatorMatch.Same(named, indikator))
                    entries.Add(new HistoryEntry(version, envelope));
                version++;
            }
        }
        return entries;
    }
}
