namespace Ledger.Store;

/// <summary>
/// Tells a follower of the journal that something was appended past what it has seen, so it can read on
/// without polling in a tight loop. A store may signal from another process (PostgreSQL LISTEN/NOTIFY) or be
/// watched by <see cref="HeadPollingSignal"/>. Thread-safe.
/// </summary>
public interface IAppendSignal
{
    /// <summary>Completes once the journal's head is past <paramref name="seen"/>.</summary>
    Task WaitPastAsync(GlobalPosition seen, CancellationToken ct);
}
