using Ledger.Store.Tests;
using Npgsql;

namespace Ledger.Store.Postgres.Tests;

public sealed partial class PostgresEventStoreTests
{
    /// <summary>The payload with the lowest bit of its sixth byte flipped.</summary>
    private const string FlipPayload = "set_byte(payload, 5, get_byte(payload, 5) # 1)";

    /// <summary>Beyond the contract's row changes: a statement that touches no row, and TRUNCATE, which fires no row trigger.</summary>
    [Theory]
    [InlineData("UPDATE events SET type = type WHERE false;")]
    [InlineData("TRUNCATE events;")]
    public async Task Truncating_events_or_updating_no_row_fails_too_because_the_triggers_fire_per_statement(string sql)
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        var before = await DigestAsync();

        var ex = await Assert.ThrowsAsync<PostgresException>(() => TestServer.ExecuteAsync(Sql, sql, Ct));

        Assert.Contains("events are append-only", ex.MessageText, StringComparison.Ordinal);
        Assert.Equal(before, await DigestAsync());
    }

    /// <summary>Event 4 is the first of stream B; each change flips one bit of one byte of one column (the payload: in the contract).</summary>
    [Theory]
    [InlineData("type", "convert_from(set_byte(convert_to(type, 'UTF8'), 0, get_byte(convert_to(type, 'UTF8'), 0) # 1), 'UTF8')")]
    [InlineData("stream", "convert_from(set_byte(convert_to(stream, 'UTF8'), 0, get_byte(convert_to(stream, 'UTF8'), 0) # 1), 'UTF8')")]
    [InlineData("version", "version # 4")]
    [InlineData("event_id", "encode(set_byte(decode(replace(event_id::text, '-', ''), 'hex'), 15, get_byte(decode(replace(event_id::text, '-', ''), 'hex'), 15) # 1), 'hex')::uuid")]
    [InlineData("prev_hash", "set_byte(prev_hash, 31, get_byte(prev_hash, 31) # 1)")]
    [InlineData("hash", "set_byte(hash, 0, get_byte(hash, 0) # 1)")]
    [InlineData("position", "position # 8")]
    public async Task Changing_one_byte_of_any_column_with_sql_is_reported_by_verify_at_exactly_that_event(string column, string changed)
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        Assert.True((await JournalVerifier.VerifyAsync(Store, null, Ct)).IsIntact);

        // As an attacker with the table owner's rights would: switch the trigger off, then edit.
        await TestServer.ExecuteAsync(Sql, "ALTER TABLE events DISABLE TRIGGER events_no_update;", Ct);
        await TestServer.ExecuteAsync(Sql, $"UPDATE events SET {column} = {changed} WHERE position = 4;", Ct);
        var result = await JournalVerifier.VerifyAsync(Store, null, Ct);

        Assert.False(result.IsIntact);
        Assert.Equal(new GlobalPosition(4), result.FirstBadPosition);
        Assert.Equal(3, result.EventsChecked);
        Assert.Contains("position 4", result.Problem, StringComparison.OrdinalIgnoreCase);
    }

    protected override async Task FlipPayloadByteAsync(long position)
    {
        // As an attacker with the table owner's rights would: switch the trigger off, then edit.
        await TestServer.ExecuteAsync(Sql, "ALTER TABLE events DISABLE TRIGGER events_no_update;", Ct);
        await TestServer.ExecuteAsync(Sql, FormattableString.Invariant($"UPDATE events SET payload = {FlipPayload} WHERE position = {position};"), Ct);
    }

    [Fact]
    public async Task Reopening_the_store_switches_a_disabled_or_dropped_append_only_trigger_back_on()
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        await TestServer.ExecuteAsync(Sql, "ALTER TABLE events DISABLE TRIGGER events_no_update; DROP TRIGGER events_no_delete ON events;", Ct);

        await (await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), Ct)).DisposeAsync();

        await Assert.ThrowsAsync<PostgresException>(() => TestServer.ExecuteAsync(Sql, $"UPDATE events SET payload = {FlipPayload};", Ct));
        await Assert.ThrowsAsync<PostgresException>(() => TestServer.ExecuteAsync(Sql, "DELETE FROM events;", Ct));
        Assert.True((await JournalVerifier.VerifyAsync(Store, null, Ct)).IsIntact);
    }
}
