using System.Diagnostics;
using Ledger.Journal;
using Ledger.Projections.Journal;
using Ledger.Store;

namespace Ledger.Application.Maintenance;

/// <summary>
/// Folds the whole journal through every projection from scratch, and says how fast. The store reads batches of
/// payloads and other threads decode the next batches while this one folds (<see cref="DecodedBatch"/>).
/// </summary>
public static class Replay
{
    public sealed record Outcome(long Events, int Streams, TimeSpan Elapsed)
    {
        public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : Events;
    }

    public static Task<Outcome> RunAsync(IEventStore store, IProgress<long>? progress, CancellationToken ct) =>
        RunAsync(store, new JournalProjection(), progress, ct);

    /// <summary>Folds the journal after the projection's checkpoint into <paramref name="projection"/>.</summary>
    public static async Task<Outcome> RunAsync(IEventStore store, JournalProjection projection, IProgress<long>? progress, CancellationToken ct)
    {
        var before = projection.EventsApplied;
        var clock = Stopwatch.StartNew();
        await foreach (var batch in DecodedBatch.DecodeAheadAsync(store, new GlobalPosition(projection.Checkpoint), ct))
        {
            for (var i = 0; i < batch.Envelopes.Length; i++)
                projection.Apply(batch.Positions[i], batch.Envelopes[i]);
            progress?.Report(projection.EventsApplied);
        }
        clock.Stop();
        return new Outcome(projection.EventsApplied - before, projection.StreamCount, clock.Elapsed);
    }
}
