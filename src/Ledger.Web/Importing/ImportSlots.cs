namespace Ledger.Web.Importing;

/// <summary>
/// How many imports run at once: reading a sheet holds all of it in memory, so a few at a time, the rest waiting
/// their turn (their uploads held by the form reader, which keeps a large one on disk), and beyond a bounded queue or a minute's wait a refusal to try again
/// (<see cref="ImportsBusyException"/>, HTTP 429). Thread-safe.
/// </summary>
internal sealed class ImportSlots
{
    public const int DefaultRunning = 2;
    public const int DefaultWaiting = 16;

    private readonly SemaphoreSlim _running;
    private readonly int _maxWaiting;
    private readonly TimeSpan _maxWait;
    private int _waiting;

    public ImportSlots()
        : this(DefaultRunning, DefaultWaiting, TimeSpan.FromMinutes(1))
    {
    }

    public ImportSlots(int running, int waiting, TimeSpan maxWait)
    {
        _running = new SemaphoreSlim(running, running);
        _maxWaiting = waiting;
        _maxWait = maxWait;
    }

    /// <summary>Waits for a slot; dispose the result to give it back.</summary>
    /// <exception cref="ImportsBusyException">The queue is full, or no slot came free in time.</exception>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (Interlocked.Increment(ref _waiting) > _maxWaiting)
        {
            Interlocked.Decrement(ref _waiting);
            throw new ImportsBusyException(_maxWaiting);
        }
        bool entered;
        try
        {
            entered = await _running.WaitAsync(_maxWait, ct);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        return entered ? new Slot(_running) : throw new ImportsBusyException(_maxWaiting);
    }

    private sealed class Slot(SemaphoreSlim running) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                running.Release();
        }
    }
}

/// <summary>Too many imports at once: nothing was read or written; try again in a moment (HTTP 429).</summary>
internal sealed class ImportsBusyException(int waiting)
    : Exception($"the server is busy with other imports ({waiting} already waiting); nothing was imported, try again in a minute");
