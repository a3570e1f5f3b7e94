using System.Runtime.CompilerServices;
using Ledger.Domain.Events;
using Ledger.Store;

namespace Ledger.Journal;

/// <summary>
/// A batch of the journal decoded into envelopes, with their global positions. Decoding is the largest cost of a
/// replay, so <see cref="DecodeAheadAsync"/> decodes batches on thread-pool threads while the caller folds the
/// batch before: reading, decoding and folding overlap on every core there is.
/// </summary>
public sealed record DecodedBatch(long[] Positions, EventEnvelope[] Envelopes)
{
    /// <summary>Batches decoding ahead of the consumer: enough to keep both cores busy, bounded so memory stays flat.</summary>
    public const int Ahead = 4;

    /// <summary>The journal after <paramref name="after"/>, decoded, in order.</summary>
    /// <exception cref="Domain.Json.EventFormatException">A stored event is not an event: the journal is damaged.</exception>
    public static async IAsyncEnumerable<DecodedBatch> DecodeAheadAsync(
        IEventStore store, GlobalPosition after, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var job in ReadAhead.Of(StartDecoding(store.ReadPayloadsAsync(after, ct), ct), Ahead, ct).ConfigureAwait(false))
            yield return await job.Decoded.ConfigureAwait(false);
    }

    private sealed record Job(Task<DecodedBatch> Decoded) : IDisposable
    {
        // A job the consumer never took: its batch is disposed by the decode itself; nothing else to release.
        public void Dispose()
        {
        }
    }

    private static async IAsyncEnumerable<Job> StartDecoding(IAsyncEnumerable<PayloadBatch> batches, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var batch in batches.WithCancellation(ct).ConfigureAwait(false))
            yield return new Job(Task.Run(() => Decode(batch), CancellationToken.None));
    }

    private static DecodedBatch Decode(PayloadBatch batch)
    {
        using (batch)
        {
            var positions = new long[batch.Count];
            var envelopes = new EventEnvelope[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                positions[i] = batch.Position(i);
                envelopes[i] = LedgerJournal.Decode(positions[i], batch.Payload(i));
            }
            return new DecodedBatch(positions, envelopes);
        }
    }
}
