namespace Ledger.Store.Tests;

/// <summary>An <see cref="IEventReader"/> that replays a fixed list verbatim, to feed the verifier doctored journals.</summary>
public sealed class ListEventReader(IReadOnlyList<StoredEvent> events) : IEventReader
{
    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(
        GlobalPosition after, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var e in events.Where(e => e.Position > after))
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return e;
        }
    }

    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(StreamName stream, long fromVersion, CancellationToken ct) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<StreamInfo>> ListStreamsAsync(CancellationToken ct) => throw new NotSupportedException();

    public Task<long> StreamVersionAsync(StreamName stream, CancellationToken ct) => throw new NotSupportedException();

    public Task<GlobalPosition> HeadAsync(CancellationToken ct) => throw new NotSupportedException();
}
