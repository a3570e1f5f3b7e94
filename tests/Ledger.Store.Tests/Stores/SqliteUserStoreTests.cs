using Ledger.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Ledger.Store.Tests;

/// <summary>
/// Runs the users contract against <see cref="SqliteUserStore"/> on a fresh temp file per test, plus what only the file
/// shows: the table comes with the journal's schema, and files written before keep their users.
/// </summary>
public sealed class SqliteUserStoreTests : UserStoreContract
{
    /// <summary>The users table exactly as the web's own SQLite directory created it before it moved into the adapter.</summary>
    private const string UsersTableBeforeTheAdapter = """
        CREATE TABLE IF NOT EXISTS web_users(
            name         TEXT PRIMARY KEY,
            role         TEXT NOT NULL,
            unit         TEXT NULL,
            token_sha256 BLOB NOT NULL UNIQUE,
            created      TEXT NOT NULL);
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ledger-users-test-{Guid.NewGuid():N}.db");

    protected override async Task<IUserStore> CreateAsync(CancellationToken ct) => await SqliteUserStore.OpenAsync(_path, ct);

    protected override async Task<IUserStore> OpenAnotherAsync(CancellationToken ct) => await SqliteUserStore.OpenAsync(_path, ct);

    protected override ValueTask CleanUpAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(_path + suffix);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Given_a_new_file_opened_as_a_journal_then_it_already_has_the_users_table()
    {
        var path = _path + ".journal.db";
        try
        {
            await (await SqliteEventStore.OpenAsync(path, Ct)).DisposeAsync();

            Assert.Equal(1L, await ScalarAsync(path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'web_users';"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(path + suffix);
        }
    }

    [Fact]
    public async Task Given_a_file_whose_users_were_added_before_the_adapter_kept_them_then_they_are_found_and_listed()
    {
        await Users.DisposeAsync();
        await ExecuteAsync("DROP TABLE web_users;");
        await ExecuteAsync(UsersTableBeforeTheAdapter);
        await ExecuteAsync("""
            INSERT INTO web_users(name, role, unit, token_sha256, created)
            VALUES ('ani', 'planner', 'Kecamatan Uji', $hash, '2026-11-01T08:00:00.1234567+00:00');
            """, Hash("ldg_ani"));

        await using var reopened = await SqliteUserStore.OpenAsync(_path, Ct);

        var expected = new StoredUser("ani", "planner", "Kecamatan Uji", new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero).AddTicks(1234567));
        Assert.Equal(expected, await reopened.FindByTokenHashAsync(Hash("ldg_ani"), Ct));
        Assert.Equal([expected], await reopened.ListAsync(Ct));
    }

    [Fact]
    public async Task Given_a_journal_file_from_before_the_users_table_when_opened_then_the_table_is_added()
    {
        await Users.DisposeAsync();
        await ExecuteAsync("DROP TABLE web_users;");

        await using var journal = await SqliteEventStore.OpenAsync(_path, Ct);

        Assert.Equal(1L, await ScalarAsync(_path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'web_users';"));
    }

    [Fact]
    public async Task A_role_changed_in_the_table_is_what_the_next_lookup_finds()
    {
        await Users.TryAddAsync(Row("ani", "planner", "Kecamatan Uji"), Hash("ldg_ani"), Ct);

        await ExecuteAsync("UPDATE web_users SET role = 'viewer', unit = NULL WHERE name = 'ani';");

        Assert.Equal(("viewer", (string?)null), await Users.FindByTokenHashAsync(Hash("ldg_ani"), Ct) is { } found ? (found.Role, found.Unit) : default);
    }

    [Fact]
    public async Task Given_an_sqlite_file_that_is_not_a_ledger_then_its_users_are_refused_and_no_table_is_added()
    {
        var path = _path + ".foreign.db";
        try
        {
            await ExecuteAsync("CREATE TABLE notes(text TEXT);", path: path);

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteUserStore.OpenAsync(path, Ct));

            Assert.Contains("not a ledger", refused.Message, StringComparison.Ordinal);
            Assert.Equal(1L, await ScalarAsync(path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table';"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                File.Delete(path + suffix);
        }
    }

    private async Task ExecuteAsync(string sql, byte[]? hash = null, string? path = null)
    {
        await using var connection = new SqliteConnection($"Data Source={path ?? _path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (hash is not null)
            command.Parameters.AddWithValue("$hash", hash);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(CancellationToken.None);
    }
}
