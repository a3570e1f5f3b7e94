using Ledger.Domain.Events;
using Ledger.Journal;
using Ledger.Projections.Journal;
using Ledger.Store;

namespace Ledger.Application.ReadModels;

/// <summary>
/// The one read path of the tables: each unit-year's <see cref="UnitYearModel"/>, kept at its stream version. A request
/// asks the store for the stream's version only; while the stream has not moved it gets the model it had, and when it
/// has, only the events after the version held are read and folded. The web server's live follower
/// <see cref="Offer">offers</see> each event as it lands, so a request after an append usually folds nothing at all.
/// Bounded: at most <see cref="Capacity"/> unit-years, the least recently used dropped first. Thread-safe.
/// </summary>
public sealed class ReadModelCache(IEventReader reader, int capacity = ReadModelCache.DefaultCapacity)
{
    public const int DefaultCapacity = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<UnitYear, LinkedListNode<(UnitYear Key, UnitYearEntry Entry)>> _entries = [];
    private readonly LinkedList<(UnitYear Key, UnitYearEntry Entry)> _recency = new();
    private long _versionChecks;
    private long _streamReads;
    private long _eventsRead;
    private long _eventsFolded;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "at least one unit-year");

    public ReadModelCounters Counters => new(
        Interlocked.Read(ref _versionChecks), Interlocked.Read(ref _streamReads), Interlocked.Read(ref _eventsRead), Interlocked.Read(ref _eventsFolded));

    /// <summary>How many unit-years the cache holds now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _entries.Count;
        }
    }

    /// <summary>The unit-year's model at the stream's current version (or later, when the live follower is ahead).</summary>
    /// <exception cref="EventFormatException">A stored event is not an event: the journal is damaged.</exception>
    public async Task<UnitYearModel> GetAsync(string unit, int fiscalYear, CancellationToken ct)
    {
        var stream = LedgerJournal.StreamOf(unit, fiscalYear);
        var version = await reader.StreamVersionAsync(stream, ct).ConfigureAwait(false);
        Interlocked.Increment(ref _versionChecks);
        var entry = EntryFor(new UnitYear(unit, fiscalYear));
        var held = entry.Version;
        if (held < version)
            entry.Apply(await ReadAfterAsync(stream, held, ct).ConfigureAwait(false));
        return entry.Model();
    }

    /// <summary>
    /// Folds an event the live follower has seen into its unit-year, when the cache holds that unit-year and the event
    /// is the next one of its stream; otherwise does nothing (the next request reads what is missing).
    /// </summary>
    public void Offer(StoredEvent stored, EventEnvelope envelope)
    {
        UnitYearEntry? entry;
        lock (_gate)
            entry = _entries.GetValueOrDefault(new UnitYear(envelope.Unit, envelope.FiscalYear))?.Value.Entry;
        entry?.Apply([(stored.StreamVersion, envelope)]);
    }

    private async Task<IReadOnlyList<(long Version, EventEnvelope Envelope)>> ReadAfterAsync(StreamName stream, long held, CancellationToken ct)
    {
        Interlocked.Increment(ref _streamReads);
        var read = new List<(long, EventEnvelope)>();
        await foreach (var stored in reader.ReadStreamAsync(stream, held + 1, ct).ConfigureAwait(false))
            read.Add((stored.StreamVersion, LedgerJournal.Decode(stored)));
        Interlocked.Add(ref _eventsRead, read.Count);
        return read;
    }

    private UnitYearEntry EntryFor(UnitYear key)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Entry;
            }
            if (_entries.Count >= Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
            var entry = new UnitYearEntry(key.Unit, key.FiscalYear, Folded);
            _entries[key] = _recency.AddFirst((key, entry));
            return entry;
        }
    }

    private void Folded(long events)
    {
        if (events > 0)
            Interlocked.Add(ref _eventsFolded, events);
    }
}
