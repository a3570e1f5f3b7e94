using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// LISTENs on one dedicated connection for the appends of one schema, from any process, and wakes the followers
/// waiting for them. Started on first use; if the connection drops, waiters fall back to reading the head after a
/// bounded wait, and the next wait listens again. Thread-safe.
/// </summary>
internal sealed class AppendListener(NpgsqlDataSource dataSource, TimeSpan? fallback = null) : IAsyncDisposable
{
    /// <summary>Longest wait without a notification before the head is read anyway (a missed NOTIFY costs at most this).</summary>
    public static readonly TimeSpan DefaultFallback = TimeSpan.FromSeconds(5);

    public TimeSpan Fallback { get; } = fallback ?? DefaultFallback;

    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _loop;

    /// <summary>Completes at the next append notification of this schema, or after <see cref="Fallback"/>.</summary>
    public async Task NextAsync(CancellationToken ct)
    {
        Task next;
        lock (_gate)
        {
            if (_loop is null || _loop.IsCompleted)
                _loop = Task.Run(() => ListenAsync(_stop.Token));
            next = _next.Task;
        }
        try
        {
            await next.WaitAsync(Fallback, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // No word for a while: the caller reads the head anyway.
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using (var schema = new NpgsqlCommand("SELECT current_schema();", connection))
        {
            var mine = (string?)await schema.ExecuteScalarAsync(ct).ConfigureAwait(false);
            connection.Notification += (_, e) =>
            {
                if (AppendNotification.Parse(e.Payload) is { } heard && heard.Schema == mine)
                    Wake();
            };
        }
        await using (var listen = new NpgsqlCommand($"LISTEN {AppendNotification.Channel};", connection))
            await listen.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        // An append may have committed before LISTEN took effect: wake once so waiters read the head again.
        Wake();
        while (!ct.IsCancellationRequested)
            await connection.WaitAsync(ct).ConfigureAwait(false);
    }

    private void Wake()
    {
        TaskCompletionSource woken;
        lock (_gate)
        {
            woken = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        woken.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or NpgsqlException)
            {
                // Stopping: the listening connection is closed either way.
            }
        }
        _stop.Dispose();
    }
}
