using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// Event store in a PostgreSQL database (14 or newer), in the first schema of the connection's
/// <c>search_path</c>, created on first use. Any number of processes may share the database: each
/// append is one transaction holding the journal's write lock (an advisory lock per schema; readers are not
/// blocked) until it commits, so version checks, gapless positions and the hash chain are serialised
/// across processes; a writer waits at most <see cref="WriteLockTimeoutSeconds"/> for the lock.
/// Append-only is enforced by triggers in the database. Thread-safe: every call takes its own pooled
/// connection from one <see cref="NpgsqlDataSource"/>.
/// </summary>
public sealed partial class PostgresEventStore : IEventStore, IAppendSignal
{
    /// <summary>Longest wait for another writer's append to commit, in seconds; then <see cref="TimeoutException"/>.</summary>
    public const int WriteLockTimeoutSeconds = 60;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _where;
    private volatile bool _disposed;

    private readonly AppendListener _listener;

    private PostgresEventStore(NpgsqlDataSource dataSource, string where)
    {
        _dataSource = dataSource;
        _where = where;
        _listener = new AppendListener(dataSource);
    }

    /// <summary>Waits for an append past <paramref name="seen"/> by any process: LISTEN/NOTIFY, no polling loop.</summary>
    public async Task WaitPastAsync(GlobalPosition seen, CancellationToken ct)
    {
        while (true)
        {
            // Ask for the next notification before reading the head, so one landing in between is not missed.
            var next = _listener.NextAsync(ct);
            if (await HeadAsync(ct).ConfigureAwait(false) > seen)
                return;
            await next.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Opens the store <paramref name="uriOrConnectionString"/> names (forms in
    /// <see cref="PostgresConnectionString"/>), creating the schema on first use.
    /// </summary>
    /// <exception cref="ArgumentException">Not a PostgreSQL URI or connection string.</exception>
    /// <exception cref="NotSupportedException">The database holds a newer ledger schema version.</exception>
    /// <exception cref="InvalidOperationException">The schema holds an events table that is not a ledger's.</exception>
    public static async Task<PostgresEventStore> OpenAsync(string uriOrConnectionString, CancellationToken ct)
    {
        var connectionString = PostgresConnectionString.Parse(uriOrConnectionString);
        var where = PostgresConnectionString.Describe(connectionString);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await PostgresSchema.EnsureAsync(dataSource, where, ct).ConfigureAwait(false);
            return new PostgresEventStore(dataSource, where);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<AppendResult> AppendAsync(
        StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        AppendRules.Validate(stream, events);
        ct.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (events.Count == 0)
            return new AppendResult(await StreamVersionAsync(stream, ct).ConfigureAwait(false), GlobalPosition.Start, 0);
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        // Disposing without Commit rolls back: any exception leaves the journal as it was.
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            var result = await PostgresAppender.AppendAsync(connection, stream, expected, events, ct).ConfigureAwait(false);
            if (result.Appended > 0)
                await tx.CommitAsync(ct).ConfigureAwait(false);
            return result;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            throw new TimeoutException(
                $"Append to '{stream}' in PostgreSQL store {_where} waited {WriteLockTimeoutSeconds} s for another " +
                "writer to commit; nothing was written. Retry later.", ex);
        }
    }

    /// <summary>Closes the store's connections; appends and reads still running finish on theirs first.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        await _listener.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }
}
