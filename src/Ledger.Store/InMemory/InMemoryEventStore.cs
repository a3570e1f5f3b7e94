namespace Ledger.Store;

/// <summary>
/// Event store held in process memory, for tests and tools: same contract as the durable stores
/// (idempotency, optimistic concurrency, hash chain), nothing survives the process.
/// Thread-safe: one lock guards all state; appends are all-or-nothing because hashes and checks
/// are done before anything is added.
/// </summary>
public sealed partial class InMemoryEventStore : IEventStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredEvent> _journal = [];
    private readonly Dictionary<StreamName, List<StoredEvent>> _streams = [];
    private readonly Dictionary<Guid, StoredEvent> _byId = [];
    private bool _disposed;

    /// <inheritdoc/>
    public Task<AppendResult> AppendAsync(
        StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        try
        {
            ct.ThrowIfCancellationRequested();
            AppendRules.Validate(stream, events);
            lock (_gate)
                return Task.FromResult(AppendLocked(stream, expected, events));
        }
        catch (Exception ex)
        {
            return Task.FromException<AppendResult>(ex);
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        lock (_gate)
            _disposed = true;
        return ValueTask.CompletedTask;
    }

    private AppendResult AppendLocked(StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var current = VersionLocked(stream);
        if (events.Count == 0)
            return new AppendResult(current, GlobalPosition.Start, 0);
        var stored = new Dictionary<Guid, (StreamName, GlobalPosition)>();
        foreach (var e in events)
        {
            if (_byId.TryGetValue(e.EventId, out var hit))
                stored[e.EventId] = (hit.Stream, hit.Position);
        }
        if (AppendRules.ResolveIdempotency(stream, events, stored) is { } lastStored)
            return new AppendResult(current, lastStored, 0);
        if (!expected.IsSatisfiedBy(current))
            throw new WrongExpectedVersionException(stream, expected, current);

        var fresh = Chain(stream, current, events);
        if (!_streams.TryGetValue(stream, out var list))
            _streams.Add(stream, list = []);
        foreach (var e in fresh)
        {
            _journal.Add(e);
            list.Add(e);
            _byId.Add(e.EventId, e);
        }
        return new AppendResult(fresh[^1].StreamVersion, fresh[^1].Position, fresh.Count);
    }

    private List<StoredEvent> Chain(StreamName stream, long current, IReadOnlyList<EventData> events)
    {
        var fresh = new List<StoredEvent>(events.Count);
        var previous = _journal.Count == 0 ? EventHash.Genesis : _journal[^1].Hash;
        var position = new GlobalPosition(_journal.Count);
        var version = current;
        foreach (var e in events)
        {
            position = position.Next();
            version++;
            // Copy so a caller reusing its buffer cannot rewrite history.
            var payload = e.Payload.ToArray();
            var hash = EventHash.Compute(previous.Span, position, stream, version, e.EventId, e.EventType, payload);
            fresh.Add(new StoredEvent(position, stream, version, e.EventId, e.EventType, payload, previous, hash));
            previous = hash;
        }
        return fresh;
    }

    private long VersionLocked(StreamName stream) =>
        _streams.TryGetValue(stream, out var list) ? list.Count - 1 : -1;
}
