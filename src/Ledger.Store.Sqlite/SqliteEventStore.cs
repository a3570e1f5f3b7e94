using Microsoft.Data.Sqlite;

namespace Ledger.Store.Sqlite;

/// <summary>
/// Event store in one SQLite file (WAL, synchronous=FULL, schema version in user_version).
/// Several processes may share the file: each append is one <c>BEGIN IMMEDIATE</c> transaction, so
/// version checks and the hash-chain tail are serialised across processes, waiting up to 10 s for
/// the lock. Thread-safe: appends share one connection behind a lock; every read opens its own
/// pooled connection and runs beside appends. Append-only is also enforced by triggers in the file.
/// </summary>
public sealed partial class SqliteEventStore : IEventStore
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SqliteConnectionFactory _connections;
    private readonly SqliteConnection _writer;
    private bool _disposed;

    private SqliteEventStore(SqliteConnectionFactory connections, SqliteConnection writer)
    {
        _connections = connections;
        _writer = writer;
    }

    /// <summary>Opens the ledger file at <paramref name="path"/>, creating file and schema on first use.</summary>
    /// <exception cref="NotSupportedException">The file was written by a newer schema version.</exception>
    public static async Task<SqliteEventStore> OpenAsync(string path, CancellationToken ct)
    {
        var connections = new SqliteConnectionFactory(path);
        var writer = await connections.OpenWriterAsync(ct).ConfigureAwait(false);
        try
        {
            await SqliteSchema.EnsureAsync(writer, path, ct).ConfigureAwait(false);
            return new SqliteEventStore(connections, writer);
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            connections.ClearPool();
            throw;
        }
    }

    public async Task<AppendResult> AppendAsync(
        StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        AppendRules.Validate(stream, events);
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // Disposing without Commit rolls back: any exception leaves the file as it was.
            using var tx = _writer.BeginTransaction(deferred: false);
            var result = SqliteAppender.Append(_writer, tx, stream, expected, events, ct);
            if (result.Appended > 0)
                tx.Commit();
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Waits for a running append to finish, then closes all connections of this store.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_disposed)
                return;
            _disposed = true;
            await _writer.DisposeAsync().ConfigureAwait(false);
            _connections.ClearPool();
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
