using System.Runtime.CompilerServices;
using Ledger.Store;

namespace Ledger.Application.Tests.ReadModels;

/// <summary>An <see cref="IEventReader"/> that counts what is asked of it: version checks, stream reads and the events they return.</summary>
internal sealed class CountingReader(IEventReader inner) : IEventReader
{
    public int VersionChecks { get; private set; }

    public int StreamReads { get; private set; }

    public int EventsRead { get; private set; }

    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(StreamName stream, long fromVersion, [EnumeratorCancellation] CancellationToken ct)
    {
        StreamReads++;
        await foreach (var stored in inner.ReadStreamAsync(stream, fromVersion, ct))
        {
            EventsRead++;
            yield return stored;
        }
    }

    public IAsyncEnumerable<StoredEvent> ReadAllAsync(GlobalPosition after, CancellationToken ct) => inner.ReadAllAsync(after, ct);

    public Task<IReadOnlyList<StreamInfo>> ListStreamsAsync(CancellationToken ct) => inner.ListStreamsAsync(ct);

    public Task<long> StreamVersionAsync(StreamName stream, CancellationToken ct)
    {
        VersionChecks++;
        return inner.StreamVersionAsync(stream, ct);
    }

    public Task<GlobalPosition> HeadAsync(CancellationToken ct) => inner.HeadAsync(ct);
}
