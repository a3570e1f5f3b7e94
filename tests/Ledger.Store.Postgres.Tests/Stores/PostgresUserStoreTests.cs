using Ledger.Store.Tests;

namespace Ledger.Store.Postgres.Tests;

/// <summary>
/// Runs the users contract against <see cref="PostgresUserStore"/> on a real server, in a fresh schema per test, plus
/// what only the database shows: the table comes with the journal's schema, ledgers made before keep their users, and a
/// role that may not create the table still opens the journal.
/// </summary>
public sealed class PostgresUserStoreTests : UserStoreContract
{
    /// <summary>The users table exactly as the web's own PostgreSQL directory created it before it moved into the adapter.</summary>
    private const string UsersTableBeforeTheAdapter = """
        CREATE TABLE IF NOT EXISTS web_users(
            name         text PRIMARY KEY,
            role         text NOT NULL,
            unit         text NULL,
            token_sha256 bytea NOT NULL UNIQUE,
            created      timestamptz NOT NULL DEFAULT now());
        """;

    private string _schema = "";

    private string Sql => TestServer.ConnectionStringFor(_schema);

    protected override async Task<IUserStore> CreateAsync(CancellationToken ct)
    {
        _schema = await TestServer.CreateSchemaAsync(ct);
        return await PostgresUserStore.OpenAsync(TestServer.StoreUri(_schema), ct);
    }

    protected override async Task<IUserStore> OpenAnotherAsync(CancellationToken ct) =>
        await PostgresUserStore.OpenAsync(TestServer.StoreUri(_schema), ct);

    protected override async ValueTask CleanUpAsync()
    {
        if (_schema.Length > 0)
            await TestServer.DropSchemaAsync(_schema);
    }

    [Fact]
    public async Task Given_a_new_schema_opened_as_a_journal_then_it_already_has_the_users_table()
    {
        var schema = await TestServer.CreateSchemaAsync(Ct);
        try
        {
            await (await PostgresEventStore.OpenAsync(TestServer.StoreUri(schema), Ct)).DisposeAsync();

            Assert.Equal(true, await TestServer.ScalarAsync(TestServer.ConnectionStringFor(schema),
                "SELECT to_regclass(format('%I.web_users', current_schema())) IS NOT NULL;", Ct));
        }
        finally
        {
            await TestServer.DropSchemaAsync(schema);
        }
    }

    [Fact]
    public async Task Given_a_ledger_whose_users_were_added_before_the_adapter_kept_them_then_they_are_found_and_listed()
    {
        await TestServer.ExecuteAsync(Sql, "DROP TABLE web_users;", Ct);
        await TestServer.ExecuteAsync(Sql, UsersTableBeforeTheAdapter, Ct);
        await TestServer.ScalarAsync(Sql, """
            INSERT INTO web_users(name, role, unit, token_sha256, created)
            VALUES ('ani', 'planner', 'Kecamatan Uji', $1, '2026-11-01T08:00:00.123456Z') RETURNING 1;
            """, Ct, Hash("ldg_ani"));

        await using var reopened = await PostgresUserStore.OpenAsync(TestServer.StoreUri(_schema), Ct);

        var expected = new StoredUser("ani", "planner", "Kecamatan Uji", new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero).AddTicks(1234560));
        Assert.Equal(expected, await reopened.FindByTokenHashAsync(Hash("ldg_ani"), Ct));
        Assert.Equal([expected], await reopened.ListAsync(Ct));
    }

    [Fact]
    public async Task Given_a_ledger_from_before_the_users_table_when_its_journal_is_opened_then_the_table_is_added()
    {
        await TestServer.ExecuteAsync(Sql, "DROP TABLE web_users;", Ct);

        await (await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), Ct)).DisposeAsync();

        Assert.Equal(true, await TestServer.ScalarAsync(Sql, "SELECT to_regclass(format('%I.web_users', current_schema())) IS NOT NULL;", Ct));
    }

    [Fact]
    public async Task Given_no_users_table_and_a_role_that_may_not_create_one_then_the_journal_opens_and_the_users_say_who_must()
    {
        await TestServer.ExecuteAsync(Sql, "DROP TABLE web_users;", Ct);
        await TestServer.ExecuteAsync(Sql, $"REVOKE CREATE ON SCHEMA {_schema} FROM CURRENT_USER;", Ct);

        await (await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), Ct)).DisposeAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgresUserStore.OpenAsync(TestServer.StoreUri(_schema), Ct));

        Assert.Contains("no web_users table", refused.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/pg-up", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_role_changed_in_the_table_is_what_the_next_lookup_finds()
    {
        await Users.TryAddAsync(Row("ani", "planner", "Kecamatan Uji"), Hash("ldg_ani"), Ct);

        await TestServer.ExecuteAsync(Sql, "UPDATE web_users SET role = 'viewer', unit = NULL WHERE name = 'ani';", Ct);

        Assert.Equal(("viewer", (string?)null), await Users.FindByTokenHashAsync(Hash("ldg_ani"), Ct) is { } found ? (found.Role, found.Unit) : default);
    }

    [Fact]
    public async Task The_token_hash_is_stored_as_given_32_bytes()
    {
        await Users.TryAddAsync(Row("ani"), Hash("ldg_ani"), Ct);

        Assert.Equal(Hash("ldg_ani"), await TestServer.ScalarAsync(Sql, "SELECT token_sha256 FROM web_users;", Ct));
    }
}
