using System.Diagnostics;
using Ledger.Application.Journal;
using Ledger.Projections.Journal;
using Ledger.Store;

namespace Ledger.Application.Maintenance;

/// <summary>Folds the whole journal through every projection from scratch, and says how fast.</summary>
public static class Replay
{
    public sealed record Outcome(long Events, int Streams, TimeSpan Elapsed)
    {
        public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : Events;
    }

    public static async Task<Outcome> RunAsync(IEventStore store, IProgress<long>? progress, CancellationToken ct)
    {
        var projection = new JournalProjection();
        var journal = new LedgerJournal(store);
        var clock = Stopwatch.StartNew();
        await foreach (var (stored, envelope) in journal.ReadAllAsync(GlobalPosition.Start, ct))
        {
            projection.Apply(stored.Position.Value, envelope);
            if (projection.EventsApplied % 10_000 == 0)
                progress?.Report(projection.EventsApplied);
        }
        clock.Stop();
        return new Outcome(projection.EventsApplied, projection.Snapshot().Count, clock.Elapsed);
    }
}
