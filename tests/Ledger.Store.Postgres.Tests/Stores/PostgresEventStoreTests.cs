using Ledger.Store.Tests;
using Npgsql;

namespace Ledger.Store.Postgres.Tests;

/// <summary>
/// Runs the store contract against <see cref="PostgresEventStore"/> on a real server, in a fresh
/// schema per test, plus what only a database shows: durability across reopen, schema versions,
/// triggers, tampering with SQL, writers in separate store instances.
/// </summary>
public sealed partial class PostgresEventStoreTests : EventStoreContract
{
    private readonly List<string> _schemas = [];
    private string _schema = "";

    /// <summary>The search_path of <see cref="EventStoreContract.Store"/>, for raw SQL.</summary>
    private string Sql => TestServer.ConnectionStringFor(_schema);

    protected override async Task<IEventStore> CreateStoreAsync(CancellationToken ct)
    {
        _schema = await NewSchemaAsync(ct);
        return await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), ct);
    }

    /// <summary>Each writer gets its own store instance (own pool), as separate processes would.</summary>
    protected override async Task<IEventStore> OpenWriterAsync(int writer, CancellationToken ct) =>
        await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), ct);

    protected override async ValueTask CleanUpAsync()
    {
        foreach (var schema in _schemas)
            await TestServer.DropSchemaAsync(schema);
    }

    private async Task<string> NewSchemaAsync(CancellationToken ct)
    {
        var schema = await TestServer.CreateSchemaAsync(ct);
        _schemas.Add(schema);
        return schema;
    }

    [Fact]
    public async Task Reopening_the_database_keeps_every_event_and_the_chain_continues()
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        var before = await DigestAsync();
        await Store.DisposeAsync();

        await using var reopened = await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), Ct);
        var after = await JournalSnapshot.DigestAsync(reopened, Ct);
        var next = await reopened.AppendAsync(Stream("A"), ExpectedVersion.Exactly(2), TestEvents.Make(1), Ct);

        Assert.Equal(before, after);
        Assert.Equal(new AppendResult(3, new GlobalPosition(6), 1), next);
        Assert.Equal(new VerifyResult(6, null, null), await JournalVerifier.VerifyAsync(reopened, null, Ct) with { Head = null });
    }

    [Fact]
    public async Task A_new_schema_gets_version_one_the_events_table_and_three_enabled_append_only_triggers()
    {
        Assert.Equal(1, await TestServer.ScalarAsync(Sql, "SELECT version FROM ledger_schema;", Ct));
        Assert.Equal(1L, await TestServer.ScalarAsync(Sql, "SELECT count(*) FROM ledger_schema;", Ct));
        Assert.Equal(3L, await TestServer.ScalarAsync(Sql, """
            SELECT count(*) FROM pg_trigger
            WHERE tgrelid = format('%I.events', current_schema())::regclass AND tgname LIKE 'events_no_%' AND tgenabled = 'O';
            """, Ct));
    }

    [Fact]
    public async Task A_database_with_a_newer_schema_version_is_refused_with_a_clear_error_and_no_password()
    {
        await Store.DisposeAsync();
        await TestServer.ExecuteAsync(Sql, "UPDATE ledger_schema SET version = 2;", Ct);

        var ex = await Assert.ThrowsAsync<NotSupportedException>(
            () => PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), Ct));

        Assert.Contains("schema version 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains(_schema, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await TestServer.ScalarAsync(Sql, "SELECT version FROM ledger_schema;", Ct));
    }

    [Fact]
    public async Task A_schema_holding_an_events_table_that_is_not_a_ledger_is_refused()
    {
        var other = await NewSchemaAsync(Ct);
        await TestServer.ExecuteAsync(TestServer.ConnectionStringFor(other), "CREATE TABLE events(note text);", Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => PostgresEventStore.OpenAsync(TestServer.StoreUri(other), Ct));

        Assert.Equal(0L, await TestServer.ScalarAsync(TestServer.ConnectionStringFor(other),
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'ledger_schema';", Ct));
    }

    [Fact]
    public async Task A_search_path_naming_no_existing_schema_is_refused()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => PostgresEventStore.OpenAsync(TestServer.StoreUri("ledger_test_no_such_schema"), Ct));

        Assert.Contains("search_path", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_opens_from_a_postgres_uri_with_a_search_path_parameter()
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        var server = new NpgsqlConnectionStringBuilder(TestServer.ConnectionString());
        var uri = $"postgresql://{Uri.EscapeDataString(server.Username!)}:{Uri.EscapeDataString(server.Password!)}" +
            $"@{server.Host}:{server.Port}/{Uri.EscapeDataString(server.Database!)}?search_path={_schema}&application_name=ledger-test";

        await using var viaUri = await PostgresEventStore.OpenAsync(uri, Ct);

        Assert.Equal(await DigestAsync(), await JournalSnapshot.DigestAsync(viaUri, Ct));
    }
}
