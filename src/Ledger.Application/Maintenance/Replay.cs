using System.Diagnostics;
using Ledger.Application.Journal;
using Ledger.Projections.Journal;
using Ledger.Store;

namespace Ledger.Application.Maintenance;

/// <summary>
/// Folds the whole journal through every projection from scratch, and says how fast. The store reads
/// batches of payloads on one thread while this one decodes and folds the previous batch.
/// </summary>
public static class Replay
{
    /// <summary>Batches read ahead of the fold: enough to ride out a slow page, bounded so memory stays flat.</summary>
    private const int ReadAheadBatches = 4;

    public sealed record Outcome(long Events, int Streams, TimeSpan Elapsed)
    {
        public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : Events;
    }

    public static async Task<Outcome> RunAsync(IEventStore store, IProgress<long>? progress, CancellationToken ct)
    {
        var projection = new JournalProjection();
        var clock = Stopwatch.StartNew();
        await foreach (var batch in ReadAhead.Of(store.ReadPayloadsAsync(GlobalPosition.Start, ct), ReadAheadBatches, ct))
        {
            using (batch)
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var position = batch.Position(i);
                    projection.Apply(position, LedgerJournal.Decode(position, batch.Payload(i)));
                }
            }
            progress?.Report(projection.EventsApplied);
        }
        clock.Stop();
        return new Outcome(projection.EventsApplied, projection.StreamCount, clock.Elapsed);
    }
}
