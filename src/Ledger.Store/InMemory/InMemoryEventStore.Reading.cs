using System.Runtime.CompilerServices;

namespace Ledger.Store;

public sealed partial class InMemoryEventStore
{
    /// <summary>Events copied out per lock acquisition while enumerating, so readers never block writers for long.</summary>
    private const int ReadPageSize = 256;

    /// <inheritdoc/>
    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(StreamName stream, long fromVersion, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromVersion);
        if (stream.IsDefault)
            throw new ArgumentException("The stream name is default(StreamName).", nameof(stream));
        return Page(fromVersion, () => _streams.GetValueOrDefault(stream) ?? [], ct);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<StoredEvent> ReadAllAsync(GlobalPosition after, CancellationToken ct) =>
        Page(after.Value, () => _journal, ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<StreamInfo>> ListStreamsAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_streams.Count > StoreLimits.MaxListedStreams)
                throw new InvalidOperationException($"The store holds more than {StoreLimits.MaxListedStreams} streams.");
            IReadOnlyList<StreamInfo> infos = _streams
                .Select(s => new StreamInfo(s.Key, s.Value.Count - 1, s.Value.Count))
                .OrderBy(s => s.Stream.Value, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(infos);
        }
    }

    /// <inheritdoc/>
    public Task<long> StreamVersionAsync(StreamName stream, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Task.FromResult(VersionLocked(stream));
        }
    }

    /// <inheritdoc/>
    public Task<GlobalPosition> HeadAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Task.FromResult(new GlobalPosition(_journal.Count));
        }
    }

    /// <param name="from">Index of the first event to yield in the list <paramref name="source"/> returns.</param>
    /// <param name="source">Returns the events to page through, read under the lock.</param>
    /// <param name="ct">Stops the paging.</param>
    private async IAsyncEnumerable<StoredEvent> Page(
        long from, Func<List<StoredEvent>> source, [EnumeratorCancellation] CancellationToken ct)
    {
        var next = from;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            StoredEvent[] page;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                var list = source();
                var count = next >= list.Count ? 0 : (int)Math.Min(ReadPageSize, list.Count - next);
                page = new StoredEvent[count];
                if (count > 0)
                    list.CopyTo((int)next, page, 0, count);
            }
            if (page.Length == 0)
                yield break;
            foreach (var e in page)
                yield return e;
            next += page.Length;
            // Let writers and other readers in between pages, as a database reader would.
            await Task.Yield();
        }
    }
}
