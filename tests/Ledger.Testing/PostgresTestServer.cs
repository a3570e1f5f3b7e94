using Ledger.Store.Postgres;
using Npgsql;
using Xunit;

namespace Ledger.Testing;

/// <summary>
/// The PostgreSQL server the tests run against, from <c>LEDGER_TEST_POSTGRES</c> (a store URI, as
/// <c>scripts/pg-up</c> prints it). Unset, every test that needs it fails and says how to start one;
/// with <c>LEDGER_SKIP_POSTGRES=1</c> they are skipped instead. Each test works in schemas of its own
/// (<see cref="CreateSchemaAsync"/>), so tests and concurrent runs never see each other's events.
/// Thread-safe.
/// </summary>
public static class TestServer
{
    public const string UriVariable = "LEDGER_TEST_POSTGRES";
    public const string SkipVariable = "LEDGER_SKIP_POSTGRES";

    /// <summary>Whether a server is given (and not skipped): for tests that add PostgreSQL runs only where one is.</summary>
    public static bool IsGiven =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(UriVariable))
        && Environment.GetEnvironmentVariable(SkipVariable) != "1";

    /// <summary>The server's Npgsql connection string, without a search_path.</summary>
    public static string ConnectionString()
    {
        var uri = Environment.GetEnvironmentVariable(UriVariable);
        if (!string.IsNullOrWhiteSpace(uri))
            return PostgresConnectionString.Parse(uri);
        if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
            Assert.Skip($"{SkipVariable}=1: PostgreSQL store tests skipped.");
        throw new InvalidOperationException(
            $"{UriVariable} is not set, so the PostgreSQL store tests have no server. Start one with " +
            $"`export {UriVariable}=$(scripts/pg-up | tail -1)` (scripts/test does this), or set {SkipVariable}=1 to skip them.");
    }

    /// <summary>A new, empty schema with a unique name; drop it with <see cref="DropSchemaAsync"/>.</summary>
    public static async Task<string> CreateSchemaAsync(CancellationToken ct)
    {
        var schema = $"ledger_test_{Guid.NewGuid():N}";
        await ExecuteAsync(ConnectionString(), $"CREATE SCHEMA {schema};", ct);
        return schema;
    }

    public static async Task DropSchemaAsync(string schema) =>
        await ExecuteAsync(ConnectionString(), $"DROP SCHEMA IF EXISTS {schema} CASCADE;", CancellationToken.None);

    /// <summary>A store URI (connection-string form) whose search_path is only <paramref name="schema"/>.</summary>
    public static string StoreUri(string schema) =>
        "postgres:" + ConnectionStringFor(schema);

    public static string ConnectionStringFor(string schema) =>
        new NpgsqlConnectionStringBuilder(ConnectionString()) { SearchPath = schema }.ConnectionString;

    /// <summary>Plain SQL outside the store, the way another tool (or an attacker) would run it.</summary>
    public static async Task<object?> ScalarAsync(
        string connectionString, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return await command.ExecuteScalarAsync(ct);
    }

    public static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct) =>
        await ScalarAsync(connectionString, sql, ct);
}
