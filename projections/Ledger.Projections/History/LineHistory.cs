using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Projections.History;

/// <summary>One entry of a line's history: the event with its place in the stream (0-based version).</summary>
public sealed record HistoryEntry(long Version, EventEnvelope Envelope);

/// <summary>
/// The history of a line: every event that touched it, oldest first, whether or not it is in force now.
/// With no kode, every event of the stream, sheet imports included.
/// </summary>
public static class LineHistory
{
    public static IReadOnlyList<HistoryEntry> For(IEnumerable<EventEnvelope> stream, Kode? kode)
    {
        var entries = new List<HistoryEntry>();
        long version = 0;
        foreach (var envelope in stream)
        {
            if (kode is not { } wanted || envelope.Event.Line == wanted)
                entries.Add(new HistoryEntry(version, envelope));
            version++;
        }
        return entries;
    }
}
