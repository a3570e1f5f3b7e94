using Microsoft.Data.Sqlite;

namespace Ledger.Store.Tests;

// How the durable contract's tampering and failures are done to a SQLite file.
public sealed partial class SqliteEventStoreTests
{
    protected override Task InjectFailureAtVersionAsync(long version) =>
        ExecuteRawAsync(FormattableString.Invariant($"""
            CREATE TRIGGER fail_mid_batch BEFORE INSERT ON events WHEN NEW.version = {version}
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """));

    protected override Task RemoveInjectedFailureAsync() => ExecuteRawAsync("DROP TRIGGER fail_mid_batch;");

    protected override async Task FlipPayloadByteAsync(long position)
    {
        var payload = (byte[])(await ScalarRawAsync(FormattableString.Invariant($"SELECT payload FROM events WHERE position = {position};")))!;
        payload[5] ^= 0x01;

        await ExecuteRawAsync("DROP TRIGGER events_no_update;");
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE events SET payload = $payload WHERE position = $position;";
        update.Parameters.AddWithValue("$payload", payload);
        update.Parameters.AddWithValue("$position", position);
        Assert.Equal(1, await update.ExecuteNonQueryAsync(Ct));
    }
}
