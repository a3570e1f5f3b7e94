using System.Runtime.CompilerServices;

namespace Ledger.Store;

/// <summary>
/// Reads the journal. Implementations are thread-safe; enumerations stream rows and never
/// materialise the whole journal, and each one sees every event committed before it started.
/// </summary>
public interface IEventReader
{
    /// <summary>Events of <paramref name="stream"/> with version ≥ <paramref name="fromVersion"/>, in version order.</summary>
    IAsyncEnumerable<StoredEvent> ReadStreamAsync(StreamName stream, long fromVersion, CancellationToken ct);

    /// <summary>Events with position &gt; <paramref name="after"/>, in position order, across all streams.</summary>
    IAsyncEnumerable<StoredEvent> ReadAllAsync(GlobalPosition after, CancellationToken ct);

    /// <summary>
    /// Payloads of the events with position &gt; <paramref name="after"/>, in position order, packed in batches:
    /// the lean read for folding the whole journal. The consumer disposes each batch when done with it.
    /// This default packs <see cref="ReadAllAsync"/>; stores override it with a query for just these columns.
    /// </summary>
    async IAsyncEnumerable<PayloadBatch> ReadPayloadsAsync(GlobalPosition after, [EnumeratorCancellation] CancellationToken ct)
    {
        var batch = new PayloadBatch();
        await foreach (var stored in ReadAllAsync(after, ct).ConfigureAwait(false))
        {
            batch.Add(stored.Position.Value, stored.Payload.Span);
            if (batch.IsFull)
            {
                yield return batch;
                batch = new PayloadBatch();
            }
        }
        if (batch.Count > 0)
            yield return batch;
        else
            batch.Dispose();
    }

    /// <summary>Every stream with its version and event count, ordered by name (ordinal).</summary>
    /// <exception cref="InvalidOperationException">More than <see cref="StoreLimits.MaxListedStreams"/> streams.</exception>
    Task<IReadOnlyList<StreamInfo>> ListStreamsAsync(CancellationToken ct);

    /// <summary>Version of the stream's last event; -1 if the stream has no events.</summary>
    Task<long> StreamVersionAsync(StreamName stream, CancellationToken ct);

    /// <summary>Position of the last stored event; <see cref="GlobalPosition.Start"/> if the store is empty.</summary>
    Task<GlobalPosition> HeadAsync(CancellationToken ct);
}
