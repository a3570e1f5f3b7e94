using Microsoft.Data.Sqlite;

namespace Ledger.Store.Tests;

public sealed partial class SqliteEventStoreTests
{
    [Theory]
    [InlineData("UPDATE events SET type = 'Palsu' WHERE position = 2;")]
    [InlineData("DELETE FROM events WHERE position = 2;")]
    [InlineData("DELETE FROM events;")]
    public async Task Updating_or_deleting_events_fails_because_of_the_append_only_triggers(string sql)
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        var before = await DigestAsync();

        var ex = await Assert.ThrowsAsync<SqliteException>(() => ExecuteRawAsync(sql));

        Assert.Contains("events are append-only", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DigestAsync());
    }

    [Fact]
    public async Task Changing_one_payload_byte_behind_the_stores_back_is_reported_at_exactly_that_position()
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        var payload = (byte[])(await ScalarRawAsync("SELECT payload FROM events WHERE position = 4;"))!;
        payload[5] ^= 0x01;

        await ExecuteRawAsync("DROP TRIGGER events_no_update;");
        await using (var connection = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE events SET payload = $payload WHERE position = 4;";
            update.Parameters.AddWithValue("$payload", payload);
            Assert.Equal(1, await update.ExecuteNonQueryAsync(Ct));
        }
        var result = await JournalVerifier.VerifyAsync(Store, null, Ct);

        Assert.False(result.IsIntact);
        Assert.Equal(new GlobalPosition(4), result.FirstBadPosition);
        Assert.Equal(3, result.EventsChecked);
        Assert.Contains("position 4", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_expected_version_leaves_the_file_identical()
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(5), Ct);
        var before = await DigestAsync();

        await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.Exactly(1), TestEvents.Make(500), Ct));

        Assert.Equal(before, await DigestAsync());
        Assert.Equal(new GlobalPosition(5), await Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_a_batch_rolls_back_the_whole_append_and_the_store_stays_usable()
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        var before = await DigestAsync();
        await ExecuteRawAsync("""
            CREATE TRIGGER fail_mid_batch BEFORE INSERT ON events WHEN NEW.version = 1500
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """);

        var ex = await Assert.ThrowsAsync<SqliteException>(
            () => Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(2_000), Ct));

        Assert.Contains("injected failure", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DigestAsync());
        Assert.Equal(-1, await Store.StreamVersionAsync(Stream("B"), Ct));
        await ExecuteRawAsync("DROP TRIGGER fail_mid_batch;");
        var retry = await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        Assert.Equal(new AppendResult(1, new GlobalPosition(5), 2), retry);
        Assert.True((await JournalVerifier.VerifyAsync(Store, null, Ct)).IsIntact);
    }
}
