using Ledger.Store.Tests;
using Npgsql;

namespace Ledger.Store.Postgres.Tests;

/// <summary>
/// Runs the store contracts (<see cref="EventStoreContract"/>, <see cref="DurableEventStoreContract"/>) against
/// <see cref="PostgresEventStore"/> on a real server, in a fresh schema per test, plus what only this database shows:
/// its schema table and triggers, tampering with any column, URIs, writers in separate store instances.
/// </summary>
public sealed partial class PostgresEventStoreTests : DurableEventStoreContract
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

    protected override async Task<IEventStore> ReopenAsync(CancellationToken ct) =>
        await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), ct);

    protected override string JournalName => _schema;

    protected override Task ExecuteRawAsync(string sql) => TestServer.ExecuteAsync(Sql, sql, Ct);

    protected override Task SetSchemaVersionAsync(int version) =>
        TestServer.ExecuteAsync(Sql, FormattableString.Invariant($"UPDATE ledger_schema SET version = {version};"), Ct);

    protected override async Task<long> SchemaVersionAsync() =>
        Convert.ToInt64(await TestServer.ScalarAsync(Sql, "SELECT version FROM ledger_schema;", Ct), System.Globalization.CultureInfo.InvariantCulture);

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
