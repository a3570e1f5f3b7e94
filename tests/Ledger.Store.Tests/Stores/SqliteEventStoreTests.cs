using Ledger.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Ledger.Store.Tests;

/// <summary>
/// Runs the store contracts (<see cref="EventStoreContract"/>, <see cref="DurableEventStoreContract"/>) against
/// <see cref="SqliteEventStore"/> on a fresh temp file per test, plus what only a file shows: WAL mode, the
/// user_version pragma, a file that is another program's database.
/// </summary>
public sealed partial class SqliteEventStoreTests : DurableEventStoreContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ledger-test-{Guid.NewGuid():N}.db");

    protected override string JournalName => _path;

    protected override async Task<IEventStore> CreateStoreAsync(CancellationToken ct) =>
        await SqliteEventStore.OpenAsync(_path, ct);

    /// <summary>Each writer gets its own store instance on the file, as separate processes would.</summary>
    protected override async Task<IEventStore> OpenWriterAsync(int writer, CancellationToken ct) =>
        await SqliteEventStore.OpenAsync(_path, ct);

    protected override async Task<IEventStore> ReopenAsync(CancellationToken ct) =>
        await SqliteEventStore.OpenAsync(_path, ct);

    protected override ValueTask CleanUpAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(_path + suffix);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_new_file_is_created_in_wal_mode_with_schema_version_one()
    {
        Assert.Equal("wal", await ScalarRawAsync("PRAGMA journal_mode;"));
        Assert.Equal(1L, await ScalarRawAsync("PRAGMA user_version;"));
    }

    [Fact]
    public async Task An_sqlite_file_that_is_not_a_ledger_is_refused()
    {
        var other = _path + ".other.db";
        try
        {
            await ExecuteRawAsync("CREATE TABLE notes(text TEXT);", other);

            await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteEventStore.OpenAsync(other, Ct));
        }
        finally
        {
            File.Delete(other);
        }
    }

    protected override Task ExecuteRawAsync(string sql) => ExecuteRawAsync(sql, null);

    protected override Task SetSchemaVersionAsync(int version) =>
        ExecuteRawAsync(FormattableString.Invariant($"PRAGMA user_version = {version};"));

    protected override async Task<long> SchemaVersionAsync() => (long)(await ScalarRawAsync("PRAGMA user_version;"))!;

    private async Task ExecuteRawAsync(string sql, string? path) => await ScalarRawAsync(sql, path);

    /// <summary>Plain SQL on the file outside the store, the way another tool (or an attacker) would.</summary>
    private async Task<object?> ScalarRawAsync(string sql, string? path = null)
    {
        await using var connection = new SqliteConnection($"Data Source={path ?? _path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
