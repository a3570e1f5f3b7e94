using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ledger.Store.Sqlite;

/// <summary>
/// The users of a ledger file: its <c>web_users</c> table (<see cref="SqliteSchema.Users"/>), beside the journal, with
/// the journal's connection settings. Only each token's SHA-256 is stored. Thread-safe: every call takes its own
/// pooled connection, and other processes (the CLI beside <c>ledger serve</c>) may change the table at any time.
/// </summary>
public sealed class SqliteUserStore : IUserStore
{
    private const int ConstraintViolation = 19;

    private readonly SqliteConnectionFactory _connections;

    private SqliteUserStore(SqliteConnectionFactory connections) => _connections = connections;

    /// <summary>Opens the users of the ledger file at <paramref name="path"/>, creating file and schema on first use.</summary>
    /// <exception cref="NotSupportedException">The file was written by a newer schema version.</exception>
    /// <exception cref="InvalidOperationException">The file is an SQLite database but not a ledger.</exception>
    public static async Task<SqliteUserStore> OpenAsync(string path, CancellationToken ct)
    {
        var connections = new SqliteConnectionFactory(path);
        try
        {
            // The journal's schema comes with the users table, so the table is never the first of a file: a file
            // with tables and no schema version is refused as not a ledger.
            await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
            await SqliteSchema.EnsureAsync(connection, path, ct).ConfigureAwait(false);
        }
        catch
        {
            connections.ClearPool();
            throw;
        }
        return new SqliteUserStore(connections);
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(StoredUser user, byte[] tokenSha256, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await _connections.OpenAsync(ct).ConfigureAwait(false);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO web_users(name, role, unit, token_sha256, created) VALUES ($name, $role, $unit, $hash, $created)";
        insert.Parameters.AddWithValue("$name", user.Name);
        insert.Parameters.AddWithValue("$role", user.Role);
        insert.Parameters.AddWithValue("$unit", (object?)user.Unit ?? DBNull.Value);
        insert.Parameters.AddWithValue("$hash", tokenSha256);
        insert.Parameters.AddWithValue("$created", user.Created.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        try
        {
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == ConstraintViolation)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<StoredUser?> FindByTokenHashAsync(byte[] tokenSha256, CancellationToken ct)
    {
        await using var connection = await _connections.OpenAsync(ct).ConfigureAwait(false);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT name, role, unit, created FROM web_users WHERE token_sha256 = $hash";
        select.Parameters.AddWithValue("$hash", tokenSha256);
        return await UserRows.ReadFirstAsync(select, Created, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredUser>> ListAsync(CancellationToken ct)
    {
        await using var connection = await _connections.OpenAsync(ct).ConfigureAwait(false);
        await using var select = connection.CreateCommand();
        // BINARY collation: UTF-8 byte order, as the PostgreSQL store's COLLATE "C".
        select.CommandText = "SELECT name, role, unit, created FROM web_users ORDER BY name";
        return await UserRows.ReadAllAsync(select, Created, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string name, CancellationToken ct)
    {
        await using var connection = await _connections.OpenAsync(ct).ConfigureAwait(false);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM web_users WHERE name = $name";
        delete.Parameters.AddWithValue("$name", name);
        return await delete.ExecuteNonQueryAsync(ct).ConfigureAwait(false) > 0;
    }

    /// <summary>Closes the idle connections to the file.</summary>
    public ValueTask DisposeAsync()
    {
        _connections.ClearPool();
        return ValueTask.CompletedTask;
    }

    /// <summary>SQLite keeps <c>created</c> as ISO 8601 text in UTC.</summary>
    private static DateTimeOffset Created(DbDataReader reader) =>
        DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
