using System.Diagnostics;

namespace Ledger.Journal.Writing;

/// <summary>
/// How a writer waits after another writer appended to its stream first (an optimistic-concurrency conflict):
/// jittered exponential backoff, bounded by time rather than by a count of attempts, so that many writers of one
/// stream at once (each CLI run is its own process, with its own actor) all get through one after another instead of
/// failing. One instance per command; not thread-safe.
/// </summary>
public sealed class ConflictRetry(TimeSpan budget)
{
    /// <summary>How long a command keeps trying by default.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(30);

    private const int FirstDelayMs = 10;
    private const int LongestDelayMs = 1_000;

    private readonly long _started = Stopwatch.GetTimestamp();
    private int _attempt;

    /// <summary>The time this command may spend on retries.</summary>
    public TimeSpan Budget { get; } = budget > TimeSpan.Zero ? budget : throw new ArgumentOutOfRangeException(nameof(budget), budget, "must be positive");

    /// <summary>Waits before the next attempt; false (at once) when that wait would end past the budget.</summary>
    public async Task<bool> WaitAsync(CancellationToken ct)
    {
        _attempt++;
        var ceiling = Math.Min(LongestDelayMs, FirstDelayMs << Math.Min(_attempt, 7));
        // Full jitter: writers that collided once must not collide again at the same instant.
        var delay = TimeSpan.FromMilliseconds(Random.Shared.Next(FirstDelayMs, ceiling + 1));
        if (Stopwatch.GetElapsedTime(_started) + delay > Budget)
            return false;
        await Task.Delay(delay, ct).ConfigureAwait(false);
        return true;
    }
}
