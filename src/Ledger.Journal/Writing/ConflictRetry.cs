using System.Diagnostics;

namespace Ledger.Journal.Writing;

/// <summary>
/// How a writer waits after another writer appended to its stream first (an optimistic-concurrency conflict):
/// jittered exponential backoff, bounded by time rather than by a count of attempts. A conflict means another writer
/// got through, so while the stream keeps moving the command is queueing, not failing: the time without progress is
/// bounded by <see cref="Budget"/> (restarted whenever a conflict shows the stream further on than the last one did),
/// and the whole wait by <see cref="Ceiling"/>. So many writers of one stream at once (each CLI run is its own
/// process, with its own actor) all get through one after another, however slow each decision is on a loaded machine.
/// One instance per command; not thread-safe.
/// </summary>
public sealed class ConflictRetry(TimeSpan budget)
{
    /// <summary>How long a command keeps trying, by default, while the stream does not move.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(30);

    private const int FirstDelayMs = 10;
    private const int LongestDelayMs = 1_000;
    private const int CeilingInBudgets = 10;

    private readonly long _started = Stopwatch.GetTimestamp();
    private long _progressAt = Stopwatch.GetTimestamp();
    private long _lastSeenVersion = long.MinValue;
    private int _attempt;

    /// <summary>The time this command may wait without the stream moving.</summary>
    public TimeSpan Budget { get; } = budget > TimeSpan.Zero ? budget : throw new ArgumentOutOfRangeException(nameof(budget), budget, "must be positive");

    /// <summary>The longest this command waits in all, however busy the stream: ten budgets.</summary>
    public TimeSpan Ceiling => Budget * CeilingInBudgets;

    /// <summary>
    /// Waits before the next attempt, after a conflict that found the stream at <paramref name="streamVersion"/>;
    /// false (at once) when that wait would end past the budget since the stream last moved, or past the ceiling.
    /// </summary>
    public async Task<bool> WaitAsync(long streamVersion, CancellationToken ct)
    {
        if (streamVersion > _lastSeenVersion)
        {
            _lastSeenVersion = streamVersion;
            _progressAt = Stopwatch.GetTimestamp();
        }
        _attempt++;
        // No single wait longer than a quarter of the budget, so one unlucky draw can't use the budget up.
        var longest = (int)Math.Clamp(Budget.TotalMilliseconds / 4, FirstDelayMs, LongestDelayMs);
        var ceiling = Math.Min(longest, FirstDelayMs << Math.Min(_attempt, 7));
        // Full jitter: writers that collided once must not collide again at the same instant.
        var delay = TimeSpan.FromMilliseconds(Random.Shared.Next(FirstDelayMs, ceiling + 1));
        if (Stopwatch.GetElapsedTime(_progressAt) + delay > Budget || Stopwatch.GetElapsedTime(_started) + delay > Ceiling)
            return false;
        await Task.Delay(delay, ct).ConfigureAwait(false);
        return true;
    }
}
