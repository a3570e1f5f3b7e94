using Ledger.Application;
using Ledger.Composition;
using Ledger.Store.Postgres;
using Npgsql;

namespace Ledger.Web.Users;

/// <summary>
/// Users in their own table, <c>web_users</c>, in the ledger's PostgreSQL schema: beside the journal, never in its
/// budget streams. Stores each token's SHA-256 only. Thread-safe; connections are pooled by the data source.
/// </summary>
public sealed class PostgresUserDirectory : IUserDirectory, IAsyncDisposable
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS web_users(
            name         text PRIMARY KEY,
            role         text NOT NULL,
            unit         text NULL,
            token_sha256 bytea NOT NULL UNIQUE,
            created      timestamptz NOT NULL DEFAULT now());
        """;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresUserDirectory(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Opens (creating where needed) the users table of the ledger the store URI names.</summary>
    public static async Task<PostgresUserDirectory> OpenAsync(string storeUri, CancellationToken ct)
    {
        // The journal first: it creates the ledger's schema, or refuses a database that is not a ledger.
        await using (await EventStores.OpenAsync(storeUri, ct))
        {
        }
        var directory = new PostgresUserDirectory(NpgsqlDataSource.Create(PostgresConnectionString.Parse(storeUri)));
        // Even CREATE TABLE IF NOT EXISTS needs CREATE on the schema, which a role that may only use the ledger's
        // tables lacks (scripts/pg-up creates them as their owner), so it runs only where the table is missing.
        await using var exists = directory._dataSource.CreateCommand("SELECT to_regclass(format('%I.web_users', current_schema())) IS NOT NULL;");
        if (await exists.ExecuteScalarAsync(ct) is not true)
        {
            await using var command = directory._dataSource.CreateCommand(Ddl);
            await command.ExecuteNonQueryAsync(ct);
        }
        return directory;
    }

    public async Task<string> AddAsync(string name, UserRole role, string? unit, CancellationToken ct)
    {
        var user = NewUser.Validate(name, role, unit);
        var token = ApiTokens.New();
        await using var insert = _dataSource.CreateCommand(
            "INSERT INTO web_users(name, role, unit, token_sha256) VALUES ($1, $2, $3, $4)");
        insert.Parameters.Add(new NpgsqlParameter { Value = user.Name });
        insert.Parameters.Add(new NpgsqlParameter { Value = user.Role.Name() });
        insert.Parameters.Add(new NpgsqlParameter { Value = (object?)user.Unit ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        insert.Parameters.Add(new NpgsqlParameter { Value = ApiTokens.Hash(token) });
        try
        {
            await insert.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new InputException($"user '{user.Name}' exists already");
        }
        return token;
    }

    public async Task<LedgerUser?> FindByTokenHashAsync(byte[] tokenHash, CancellationToken ct)
    {
        await using var select = _dataSource.CreateCommand("SELECT name, role, unit FROM web_users WHERE token_sha256 = $1");
        select.Parameters.Add(new NpgsqlParameter { Value = tokenHash });
        await using var reader = await select.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        return new LedgerUser(reader.GetString(0), RoleOf(reader.GetString(1), reader.GetString(0)), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    public async Task<IReadOnlyList<ListedUser>> ListAsync(CancellationToken ct)
    {
        await using var select = _dataSource.CreateCommand("SELECT name, role, unit, created FROM web_users ORDER BY name COLLATE \"C\"");
        await using var reader = await select.ExecuteReaderAsync(ct);
        var users = new List<ListedUser>();
        while (await reader.ReadAsync(ct))
        {
            users.Add(new ListedUser(reader.GetString(0), RoleOf(reader.GetString(1), reader.GetString(0)), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3)));
        }
        return users;
    }

    public async Task<bool> RemoveAsync(string name, CancellationToken ct)
    {
        await using var delete = _dataSource.CreateCommand("DELETE FROM web_users WHERE name = $1");
        delete.Parameters.Add(new NpgsqlParameter { Value = name.Trim() });
        return await delete.ExecuteNonQueryAsync(ct) > 0;
    }

    private static UserRole RoleOf(string text, string name) => UserRoles.TryParse(text, out var role)
        ? role
        : throw new InvalidOperationException($"web_users holds an unknown role '{text}' for '{name}'");

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
