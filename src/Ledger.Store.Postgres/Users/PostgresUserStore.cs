using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.Store.Postgres;

/// <summary>
/// The users of a PostgreSQL ledger: the <c>web_users</c> table (<see cref="SchemaDdl.Users"/>) of the same schema as
/// its journal, reached with the same connection string. Only each token's SHA-256 is stored. Thread-safe: every call
/// takes its own pooled connection from one <see cref="NpgsqlDataSource"/>.
/// </summary>
public sealed class PostgresUserStore : IUserStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresUserStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>
    /// Opens the users of the ledger <paramref name="uriOrConnectionString"/> names (forms in
    /// <see cref="PostgresConnectionString"/>), creating the ledger's schema, users table included, on first use.
    /// </summary>
    /// <exception cref="ArgumentException">Not a PostgreSQL URI or connection string.</exception>
    /// <exception cref="NotSupportedException">The database holds a newer ledger schema version.</exception>
    /// <exception cref="InvalidOperationException">The schema is not a ledger, or has no users table and this role may not create one.</exception>
    public static async Task<PostgresUserStore> OpenAsync(string uriOrConnectionString, CancellationToken ct)
    {
        var connectionString = PostgresConnectionString.Parse(uriOrConnectionString);
        var where = PostgresConnectionString.Describe(connectionString);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await PostgresSchema.EnsureAsync(dataSource, where, ct).ConfigureAwait(false);
            if (!await PostgresSchema.HasUsersAsync(dataSource, ct).ConfigureAwait(false))
                throw new InvalidOperationException(
                    $"PostgreSQL store {where}: the ledger has no web_users table and this role may not create one; " +
                    "create it as the schema's owner (scripts/pg-up does, for the database it serves)");
            return new PostgresUserStore(dataSource);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(StoredUser user, byte[] tokenSha256, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var insert = _dataSource.CreateCommand(
            "INSERT INTO web_users(name, role, unit, token_sha256, created) VALUES ($1, $2, $3, $4, $5)");
        insert.Parameters.Add(new NpgsqlParameter { Value = user.Name });
        insert.Parameters.Add(new NpgsqlParameter { Value = user.Role });
        insert.Parameters.Add(new NpgsqlParameter { Value = (object?)user.Unit ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        insert.Parameters.Add(new NpgsqlParameter { Value = tokenSha256 });
        insert.Parameters.Add(new NpgsqlParameter { Value = user.Created.ToUniversalTime() });
        try
        {
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<StoredUser?> FindByTokenHashAsync(byte[] tokenSha256, CancellationToken ct)
    {
        await using var select = _dataSource.CreateCommand("SELECT name, role, unit, created FROM web_users WHERE token_sha256 = $1");
        select.Parameters.Add(new NpgsqlParameter { Value = tokenSha256 });
        return await UserRows.ReadFirstAsync(select, Created, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredUser>> ListAsync(CancellationToken ct)
    {
        await using var select = _dataSource.CreateCommand("SELECT name, role, unit, created FROM web_users ORDER BY name COLLATE \"C\"");
        return await UserRows.ReadAllAsync(select, Created, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string name, CancellationToken ct)
    {
        await using var delete = _dataSource.CreateCommand("DELETE FROM web_users WHERE name = $1");
        delete.Parameters.Add(new NpgsqlParameter { Value = name });
        return await delete.ExecuteNonQueryAsync(ct).ConfigureAwait(false) > 0;
    }

    /// <summary>Closes the store's connections.</summary>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static DateTimeOffset Created(DbDataReader reader) => reader.GetFieldValue<DateTimeOffset>(3);
}
