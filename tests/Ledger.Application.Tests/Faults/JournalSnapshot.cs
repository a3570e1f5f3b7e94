using Ledger.Store;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// Everything <c>ReadAll</c> gives for a journal, byte for byte: positions, streams, versions, ids, types,
/// payloads and both hashes. Two snapshots are equal only when nothing stored differs.
/// </summary>
internal sealed record JournalSnapshot(IReadOnlyList<JournalSnapshot.Row> Rows)
{
    public sealed record Row(long Position, string Stream, long Version, Guid Id, string Type, byte[] Payload, byte[] PreviousHash, byte[] Hash)
    {
        public bool SameAs(Row other) =>
            Position == other.Position && Stream == other.Stream && Version == other.Version && Id == other.Id && Type == other.Type
            && Payload.AsSpan().SequenceEqual(other.Payload) && PreviousHash.AsSpan().SequenceEqual(other.PreviousHash)
            && Hash.AsSpan().SequenceEqual(other.Hash);
    }

    public int Count => Rows.Count;

    public static async Task<JournalSnapshot> TakeAsync(IEventReader store)
    {
        var rows = new List<Row>();
        await foreach (var e in store.ReadAllAsync(GlobalPosition.Start, CancellationToken.None))
        {
            rows.Add(new Row(e.Position.Value, e.Stream.Value, e.StreamVersion, e.EventId, e.EventType,
                e.Payload.ToArray(), e.PreviousHash.ToArray(), e.Hash.ToArray()));
        }
        return new JournalSnapshot(rows);
    }

    /// <summary>The first row where the two differ, or null when <paramref name="later"/> starts with every row of this one.</summary>
    public string? FirstDifferenceFrom(JournalSnapshot later)
    {
        if (later.Count < Count)
            return $"the journal shrank from {Count} to {later.Count} events";
        for (var i = 0; i < Count; i++)
        {
            if (!Rows[i].SameAs(later.Rows[i]))
                return $"the event at position {Rows[i].Position} changed";
        }
        return null;
    }

    public IEnumerable<Row> After(JournalSnapshot earlier) => Rows.Skip(earlier.Count);
}
