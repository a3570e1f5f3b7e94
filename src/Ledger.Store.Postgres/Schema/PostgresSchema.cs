using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// Creates and checks the ledger schema in the first schema of the connection's <c>search_path</c>.
/// One transaction under an advisory lock (keyed by that schema), so two processes opening a new
/// database at once do not both run the DDL. The version lives in <c>ledger_schema</c>; a database
/// written by a newer program is refused rather than misread. Stateless; thread-safe.
/// </summary>
internal static class PostgresSchema
{
    public const int CurrentVersion = 1;

    /// <summary>First key of the advisory lock taken while the schema is checked ("LEDG").</summary>
    private const int LockKey = 0x4C454447;

    public static async Task EnsureAsync(NpgsqlDataSource dataSource, string where, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var schema = await ScalarAsync(connection, "SELECT current_schema();", ct).ConfigureAwait(false) as string
            ?? throw new InvalidOperationException(
                $"PostgreSQL store {where}: no schema of the search_path exists, so there is nowhere to create the ledger.");
        await ScalarAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey}, hashtext(current_schema()));", ct).ConfigureAwait(false);
        var version = await VersionAsync(connection, ct).ConfigureAwait(false);
        if (version > CurrentVersion)
            throw new NotSupportedException(
                $"PostgreSQL store {where} has ledger schema version {version}; this program understands up to version " +
                $"{CurrentVersion}. Use a newer version of the program; the database was not changed.");
        if (version == 0)
        {
            if (await ExistsAsync(connection, "events", ct).ConfigureAwait(false))
                throw new InvalidOperationException(
                    $"PostgreSQL store {where}: schema '{schema}' has an events table but no ledger_schema version; " +
                    "it is not a ledger, refusing to use it.");
            try
            {
                await ScalarAsync(connection, SchemaDdl.Tables, ct).ConfigureAwait(false);
                await ScalarAsync(connection, SchemaDdl.Users, ct).ConfigureAwait(false);
                await ScalarAsync(connection, SchemaDdl.Triggers, ct).ConfigureAwait(false);
                await ScalarAsync(connection, $"INSERT INTO ledger_schema(version) VALUES ({CurrentVersion});", ct).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL store {where}: schema '{schema}' has no ledger yet and this role may not create one ({e.MessageText}); " +
                    "create it as the schema's owner (scripts/pg-up does, for the database it serves)", e);
            }
        }
        else if (!await TriggersEnabledAsync(connection, ct).ConfigureAwait(false))
        {
            // Someone dropped or disabled an append-only trigger: it comes back on the next open, where this role may.
            try
            {
                await ScalarAsync(connection, SchemaDdl.Triggers, ct).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL store {where}: an append-only trigger of '{schema}.events' was dropped or disabled, and this role may " +
                    $"not restore it ({e.MessageText}); the journal may have been changed: have the schema's owner restore the triggers " +
                    "(scripts/pg-up does), then run ledger verify --expect-head with the last head recorded", e);
            }
        }
        if (version > 0 && !await ExistsAsync(connection, "web_users", ct).ConfigureAwait(false) && await MayCreateAsync(connection, ct).ConfigureAwait(false))
        {
            // A ledger made before the users table was part of the schema. Even CREATE TABLE IF NOT EXISTS needs CREATE
            // on the schema, which a role that may only use the ledger's tables lacks: then the owner creates it
            // (scripts/pg-up does) and the user store says so; the journal opens either way.
            await ScalarAsync(connection, SchemaDdl.Users, ct).ConfigureAwait(false);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Whether the schema has the users table, which only <see cref="EnsureAsync"/> or the owner creates.</summary>
    public static async Task<bool> HasUsersAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        return await ExistsAsync(connection, "web_users", ct).ConfigureAwait(false);
    }

    private static async Task<bool> MayCreateAsync(NpgsqlConnection connection, CancellationToken ct) =>
        await ScalarAsync(connection, "SELECT has_schema_privilege(current_schema(), 'CREATE');", ct).ConfigureAwait(false) is true;

    /// <summary>The stored schema version; 0 when the schema has no ledger_schema table.</summary>
    private static async Task<int> VersionAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        if (!await ExistsAsync(connection, "ledger_schema", ct).ConfigureAwait(false))
            return 0;
        var value = await ScalarAsync(connection, "SELECT max(version) FROM ledger_schema;", ct).ConfigureAwait(false);
        return value is int version ? version : 0;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string table, CancellationToken ct) =>
        await ScalarAsync(connection, $"SELECT to_regclass(format('%I.%I', current_schema(), '{table}')) IS NOT NULL;", ct)
            .ConfigureAwait(false) is true;

    private static async Task<bool> TriggersEnabledAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var count = await ScalarAsync(connection, $"""
            SELECT count(*) FROM pg_trigger
            WHERE tgrelid = format('%I.events', current_schema())::regclass
              AND tgname = ANY('{SchemaDdl.TriggerNames}') AND tgenabled <> 'D';
            """, ct).ConfigureAwait(false);
        return count is long n && n == SchemaDdl.TriggerCount;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }
}
