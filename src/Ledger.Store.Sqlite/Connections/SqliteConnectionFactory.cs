using Microsoft.Data.Sqlite;

namespace Ledger.Store.Sqlite;

/// <summary>
/// Opens connections to one ledger file with the per-connection settings every connection needs.
/// Connections are pooled by Microsoft.Data.Sqlite; <see cref="ClearPool"/> closes idle ones.
/// Thread-safe; each returned connection belongs to one caller.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    /// <summary>How long a connection waits for another connection or process holding the lock, in ms.</summary>
    public const int BusyTimeoutMs = 10_000;

    // synchronous=FULL: in WAL mode NORMAL never corrupts the file but may lose the last commits on
    // power loss; a ledger must not silently lose an acknowledged append, so every commit is fsynced.
    private static readonly string Pragmas =
        FormattableString.Invariant($"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = FULL;");

    private readonly string _connectionString;

    public SqliteConnectionFactory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Microsoft.Data.Sqlite retries busy statements itself until this many seconds pass;
            // keep it equal to the native busy timeout so a waiter gives up after ~10 s, not 30.
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
    }

    /// <summary>A connection for reads: short-lived, default page cache.</summary>
    public Task<SqliteConnection> OpenAsync(CancellationToken ct) => OpenAsync(Pragmas, ct);

    /// <summary>
    /// The store's long-lived append connection. Event ids are random, so every append touches
    /// pages all over the event_id index; a 32 MiB page cache (instead of 2 MiB) keeps them in memory.
    /// </summary>
    public Task<SqliteConnection> OpenWriterAsync(CancellationToken ct) =>
        OpenAsync(Pragmas + " PRAGMA cache_size = -32768;", ct);

    private async Task<SqliteConnection> OpenAsync(string pragmaSql, CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = pragmaSql;
            await pragmas.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
