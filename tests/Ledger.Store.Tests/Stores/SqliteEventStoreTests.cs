using Ledger.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Ledger.Store.Tests;

/// <summary>
/// Runs the store contract against <see cref="SqliteEventStore"/> on a fresh temp file per test,
/// plus what only a file can show: durability across reopen, schema versions, triggers, tampering.
/// </summary>
public sealed partial class SqliteEventStoreTests : EventStoreContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ledger-test-{Guid.NewGuid():N}.db");

    protected override async Task<IEventStore> CreateStoreAsync(CancellationToken ct) =>
        await SqliteEventStore.OpenAsync(_path, ct);

    /// <summary>Each writer gets its own store instance on the file, as separate processes would.</summary>
    protected override async Task<IEventStore> OpenWriterAsync(int writer, CancellationToken ct) =>
        await SqliteEventStore.OpenAsync(_path, ct);

    protected override ValueTask CleanUpAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(_path + suffix);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Reopening_the_file_keeps_every_event_and_the_chain_continues()
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        var before = await DigestAsync();
        await Store.DisposeAsync();

        await using var reopened = await SqliteEventStore.OpenAsync(_path, Ct);
        var after = await JournalSnapshot.DigestAsync(reopened, Ct);
        var next = await reopened.AppendAsync(Stream("A"), ExpectedVersion.Exactly(2), TestEvents.Make(1), Ct);

        Assert.Equal(before, after);
        Assert.Equal(new AppendResult(3, new GlobalPosition(6), 1), next);
        Assert.Equal(new VerifyResult(6, null, null), await JournalVerifier.VerifyAsync(reopened, null, Ct) with { Head = null });
    }

    [Fact]
    public async Task A_file_with_a_newer_schema_version_is_refused_with_a_clear_error()
    {
        await Store.DisposeAsync();
        await ExecuteRawAsync("PRAGMA user_version = 2;");

        var ex = await Assert.ThrowsAsync<NotSupportedException>(() => SqliteEventStore.OpenAsync(_path, Ct));

        Assert.Contains("schema version 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains(_path, ex.Message, StringComparison.Ordinal);
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

    private async Task ExecuteRawAsync(string sql, string? path = null) => await ScalarRawAsync(sql, path);

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
