using Microsoft.Data.Sqlite;

namespace Ledger.Store.Sqlite;

/// <summary>
/// Creates and checks the ledger schema. The schema version lives in <c>PRAGMA user_version</c>;
/// files written by a newer program are refused rather than misread. Stateless; thread-safe.
/// </summary>
internal static class SqliteSchema
{
    public const int CurrentVersion = 1;

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS events(
            position  INTEGER PRIMARY KEY,
            stream    TEXT    NOT NULL,
            version   INTEGER NOT NULL,
            event_id  BLOB    NOT NULL UNIQUE,
            type      TEXT    NOT NULL,
            payload   BLOB    NOT NULL,
            prev_hash BLOB    NOT NULL,
            hash      BLOB    NOT NULL,
            UNIQUE(stream, version));
        CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        """;

    /// <summary>
    /// The web users beside the journal (<see cref="SqliteUserStore"/>): mutable, never in a stream. Created with the
    /// journal, and on the next open of a file written before it was part of the schema; same table as those files'.
    /// </summary>
    public const string Users = """
        CREATE TABLE IF NOT EXISTS web_users(
            name         TEXT PRIMARY KEY,
            role         TEXT NOT NULL,
            unit         TEXT NULL,
            token_sha256 BLOB NOT NULL UNIQUE,
            created      TEXT NOT NULL);
        """;

    public static async Task EnsureAsync(SqliteConnection connection, string path, CancellationToken ct)
    {
        // WAL is a property of the file and cannot be switched inside a transaction, so it comes first.
        var mode = await ScalarAsync(connection, null, "PRAGMA journal_mode = WAL;", ct).ConfigureAwait(false);
        if (!string.Equals(mode as string, "wal", StringComparison.OrdinalIgnoreCase))
            throw new NotSupportedException($"Ledger file '{path}' cannot use WAL journaling (got '{mode}').");

        // IMMEDIATE so two processes creating the same new file do not both run the DDL.
        using var tx = connection.BeginTransaction(deferred: false);
        var version = Convert.ToInt64(await ScalarAsync(connection, tx, "PRAGMA user_version;", ct).ConfigureAwait(false));
        if (version > CurrentVersion)
            throw new NotSupportedException(
                $"Ledger file '{path}' has schema version {version}; this program understands up to version " +
                $"{CurrentVersion}. Use a newer version of the program; the file was not changed.");
        if (version == 0)
        {
            var tables = Convert.ToInt64(await ScalarAsync(connection, tx,
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table';", ct).ConfigureAwait(false));
            if (tables > 0)
                throw new InvalidOperationException(
                    $"'{path}' is an SQLite database but not a ledger (it has tables and no schema version); refusing to use it.");
        }
        // Also on existing files: if someone dropped the append-only triggers, they come back on next open.
        await ScalarAsync(connection, tx, Ddl, ct).ConfigureAwait(false);
        await ScalarAsync(connection, tx, Users, ct).ConfigureAwait(false);
        if (version == 0)
            await ScalarAsync(connection, tx, $"PRAGMA user_version = {CurrentVersion};", ct).ConfigureAwait(false);
        tx.Commit();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }
}
