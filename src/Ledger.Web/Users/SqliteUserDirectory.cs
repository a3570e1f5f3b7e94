using Ledger.Application;
using Ledger.Composition;
using Microsoft.Data.Sqlite;

namespace Ledger.Web.Users;

/// <summary>
/// Users in their own table, <c>web_users</c>, of the ledger's SQLite file: beside the journal, never in its
/// budget streams. Stores each token's SHA-256 only. Thread-safe; connections are pooled per file.
/// </summary>
public sealed class SqliteUserDirectory : IUserDirectory
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS web_users(
            name         TEXT PRIMARY KEY,
            role         TEXT NOT NULL,
            unit         TEXT NULL,
            token_sha256 BLOB NOT NULL UNIQUE,
            created      TEXT NOT NULL);
        """;

    private const int ConstraintViolation = 19;

    private readonly string _connectionString;

    private SqliteUserDirectory(string path) =>
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 10,
        }.ToString();

    /// <summary>Opens (creating where needed) the users table of the ledger file at <paramref name="path"/>.</summary>
    public static async Task<SqliteUserDirectory> OpenAsync(string path, CancellationToken ct)
    {
        // The journal first: it creates a new file's ledger schema, and refuses a file with foreign tables and no schema,
        // so the users table must never be the first table in a file.
        await using (await EventStores.OpenAsync("sqlite:" + path, ct))
        {
        }
        var directory = new SqliteUserDirectory(path);
        await using var connection = await directory.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Ddl;
        await command.ExecuteNonQueryAsync(ct);
        return directory;
    }

    public async Task<string> AddAsync(string name, UserRole role, string? unit, CancellationToken ct)
    {
        var user = NewUser.Validate(name, role, unit);
        var token = ApiTokens.New();
        await using var connection = await OpenConnectionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO web_users(name, role, unit, token_sha256, created) VALUES ($name, $role, $unit, $hash, $created)";
        insert.Parameters.AddWithValue("$name", user.Name);
        insert.Parameters.AddWithValue("$role", user.Role.Name());
        insert.Parameters.AddWithValue("$unit", (object?)user.Unit ?? DBNull.Value);
        insert.Parameters.AddWithValue("$hash", ApiTokens.Hash(token));
        insert.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            await insert.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == ConstraintViolation)
        {
            throw new InputException($"user '{user.Name}' exists already");
        }
        return token;
    }

    public async Task<LedgerUser?> FindByTokenHashAsync(byte[] tokenHash, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT name, role, unit FROM web_users WHERE token_sha256 = $hash";
        select.Parameters.AddWithValue("$hash", tokenHash);
        await using var reader = await select.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        return new LedgerUser(reader.GetString(0), RoleOf(reader.GetString(1), reader.GetString(0)), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    public async Task<IReadOnlyList<ListedUser>> ListAsync(CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT name, role, unit, created FROM web_users ORDER BY name";
        await using var reader = await select.ExecuteReaderAsync(ct);
        var users = new List<ListedUser>();
        while (await reader.ReadAsync(ct))
        {
            var created = DateTimeOffset.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal);
            users.Add(new ListedUser(reader.GetString(0), RoleOf(reader.GetString(1), reader.GetString(0)), reader.IsDBNull(2) ? null : reader.GetString(2), created));
        }
        return users;
    }

    public async Task<bool> RemoveAsync(string name, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM web_users WHERE name = $name";
        delete.Parameters.AddWithValue("$name", name.Trim());
        return await delete.ExecuteNonQueryAsync(ct) > 0;
    }

    private static UserRole RoleOf(string text, string name) => UserRoles.TryParse(text, out var role)
        ? role
        : throw new InvalidOperationException($"web_users holds an unknown role '{text}' for '{name}'");

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 10000;";
            await pragma.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
