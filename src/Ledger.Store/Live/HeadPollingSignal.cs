namespace Ledger.Store;

/// <summary>
/// An append signal for any store: asks for the head every <see cref="Interval"/> (one indexed query), which
/// also sees appends by other processes sharing a SQLite file. Cheap, bounded, never a busy loop.
/// </summary>
public sealed class HeadPollingSignal(IEventReader reader, TimeSpan? interval = null) : IAppendSignal
{
    /// <summary>How often the head is asked for when no interval is given: 200 ms.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>How long it waits between two head queries.</summary>
    public TimeSpan Interval { get; } = interval ?? DefaultInterval;

    /// <inheritdoc/>
    public async Task WaitPastAsync(GlobalPosition seen, CancellationToken ct)
    {
        while (await reader.HeadAsync(ct) <= seen)
            await Task.Delay(Interval, ct);
    }
}
