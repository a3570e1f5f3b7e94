using System.Runtime.CompilerServices;

namespace Ledger.Store;

/// <summary>
/// Reads the whole journal after a position, then every event appended later, as it lands: the feed that
/// keeps live projections current. Ends only when cancelled.
/// </summary>
public static class JournalFollower
{
    /// <summary>The journal after <paramref name="after"/>, then each event as it is appended, until <paramref name="ct"/> is cancelled.</summary>
    public static async IAsyncEnumerable<StoredEvent> FollowAsync(
        IEventReader reader, IAppendSignal signal, GlobalPosition after, [EnumeratorCancellation] CancellationToken ct)
    {
        var seen = after;
        while (true)
        {
            await foreach (var stored in reader.ReadAllAsync(seen, ct))
            {
                seen = stored.Position;
                yield return stored;
            }
            await signal.WaitPastAsync(seen, ct);
        }
    }
}
