namespace Ledger.Store;

/// <summary>
/// An append signal for any store: asks for the head every <see cref="Interval"/> (one indexed query), which
/// also sees appends by other processes sharing a SQLite file. Cheap, bounded, never a busy loop.
/// </summary>
public sealed class HeadPollingSignal(IEventReader reader, TimeSpan? interval = null) : IAppendSignal
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(200);

    public TimeSpan Interval { get; } = interval ?? DefaultInterval;

    public async Task WaitPastAsync(GlobalPosition seen, CancellationToken ct)
    {
        while (await reader.HeadAsync(ct) <= seen)
            await Task.Delay(Interval, ct);
    }
}
