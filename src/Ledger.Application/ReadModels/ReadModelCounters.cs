namespace Ledger.Application.ReadModels;

/// <summary>
/// What a <see cref="ReadModelCache"/> has done since it was made, all counts: version checks (one short query per
/// request), read requests of a stream (from a version), events read from the store and decoded, and events folded
/// (into a unit-year's full state, or into a time slice's state from the decoded events already held).
/// </summary>
public readonly record struct ReadModelCounters(long VersionChecks, long StreamReads, long EventsRead, long EventsFolded)
{
    /// <summary>The counts from <paramref name="before"/> to this one.</summary>
    public ReadModelCounters Since(ReadModelCounters before) => new(
        VersionChecks - before.VersionChecks, StreamReads - before.StreamReads, EventsRead - before.EventsRead, EventsFolded - before.EventsFolded);
}
