using Ledger.Testing;
using Npgsql;

namespace Ledger.Store.Postgres.Tests;

/// <summary>
/// The role of the URI scripts/pg-up prints may read and append the journal of the database <c>ledger</c>, and
/// nothing more: the tables belong to <c>ledger_owner</c>, so the ledger's own role can't switch the append-only
/// triggers off, nor update, delete, truncate, alter or drop the journal. (The test database, where the tests
/// create schemas of their own, stays the ledger role's.) Each statement runs in a transaction that is rolled back,
/// so a server still set up by an older pg-up is reported, not damaged.
/// </summary>
public sealed class LedgerRoleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The same server, role and password as the tests use, in the database pg-up serves the ledger from.</summary>
    private static string LedgerDatabase() =>
        new NpgsqlConnectionStringBuilder(TestServer.ConnectionString()) { Database = "ledger", SearchPath = "public" }.ConnectionString;

    [Theory]
    [InlineData("ALTER TABLE events DISABLE TRIGGER USER;")]
    [InlineData("ALTER TABLE events DISABLE TRIGGER events_no_update;")]
    [InlineData("UPDATE events SET type = type WHERE false;")]
    [InlineData("DELETE FROM events WHERE false;")]
    [InlineData("TRUNCATE events;")]
    [InlineData("DROP TABLE events;")]
    [InlineData("DROP TRIGGER events_no_delete ON events;")]
    [InlineData("CREATE OR REPLACE FUNCTION ledger_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;")]
    [InlineData("DELETE FROM ledger_schema;")]
    [InlineData("CREATE TABLE events_copy (LIKE events);")]
    [InlineData("CREATE SCHEMA forged;")]
    public async Task The_ledger_role_is_refused_anything_but_reading_and_appending_the_journal(string sql)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => InRolledBackTransactionAsync(sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_ledger_role_may_read_and_append_the_journal_and_keep_its_users()
    {
        var privileges = await InRolledBackTransactionAsync("""
            SELECT concat_ws(',',
                has_table_privilege('events', 'SELECT'), has_table_privilege('events', 'INSERT'),
                has_table_privilege('events', 'UPDATE'), has_table_privilege('events', 'DELETE'),
                has_table_privilege('events', 'TRUNCATE'), has_table_privilege('events', 'TRIGGER'),
                has_table_privilege('ledger_schema', 'SELECT'), has_table_privilege('ledger_schema', 'INSERT'),
                has_table_privilege('web_users', 'SELECT,INSERT,UPDATE,DELETE'),
                pg_has_role((SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'events'), 'MEMBER'));
            """);

        Assert.Equal("t,t,f,f,f,f,t,f,t,f", privileges);
    }

    [Fact]
    public async Task The_store_opens_the_ledger_database_as_that_role()
    {
        await using var store = await PostgresEventStore.OpenAsync(LedgerDatabase(), Ct);

        Assert.True((await store.HeadAsync(Ct)).Value >= 0);
    }

    [Fact]
    public async Task The_user_store_opens_the_ledger_database_as_that_role_on_the_table_pg_up_created()
    {
        await using var users = await PostgresUserStore.OpenAsync(LedgerDatabase(), Ct);

        Assert.NotNull(await users.ListAsync(Ct));
    }

    private static async Task<object?> InRolledBackTransactionAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(LedgerDatabase());
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        var result = await command.ExecuteScalarAsync(Ct);
        await transaction.RollbackAsync(Ct);
        return result;
    }
}
