using Ledger.Store.Tests;
using Npgsql;

namespace Ledger.Store.Postgres.Tests;

// Large batches (written by COPY) are as all-or-nothing as small ones (written by one INSERT).
public sealed partial class PostgresEventStoreTests
{
    [Fact]
    public async Task A_wrong_expected_version_on_a_large_batch_leaves_the_journal_identical()
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(5), Ct);
        var before = await DigestAsync();

        await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.Exactly(1), TestEvents.Make(500), Ct));

        Assert.Equal(before, await DigestAsync());
        Assert.Equal(new GlobalPosition(5), await Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task A_large_batch_whose_last_id_is_already_stored_is_an_idempotency_conflict_and_writes_nothing()
    {
        var stored = TestEvents.Make(3);
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, stored, Ct);
        var before = await DigestAsync();
        // Large enough to go in by COPY, whose unique violation is turned into the port's exception.
        EventData[] batch = [.. TestEvents.Make(499), stored[2]];

        var ex = await Assert.ThrowsAsync<IdempotencyConflictException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.Exactly(2), batch, Ct));

        Assert.Contains(stored[2].EventId.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DigestAsync());
        Assert.Equal(new AppendResult(3, new GlobalPosition(4), 1),
            await Store.AppendAsync(Stream(), ExpectedVersion.Exactly(2), TestEvents.Make(1), Ct));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_a_batch_rolls_back_the_whole_append_and_the_store_stays_usable()
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        var before = await DigestAsync();
        await TestServer.ExecuteAsync(Sql, """
            CREATE FUNCTION fail_mid_batch() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'injected failure'; END $$;
            CREATE TRIGGER fail_mid_batch BEFORE INSERT ON events FOR EACH ROW WHEN (NEW.version = 1500)
                EXECUTE FUNCTION fail_mid_batch();
            """, Ct);

        var ex = await Assert.ThrowsAsync<PostgresException>(
            () => Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(2_000), Ct));

        Assert.Contains("injected failure", ex.MessageText, StringComparison.Ordinal);
        Assert.Equal(before, await DigestAsync());
        Assert.Equal(-1, await Store.StreamVersionAsync(Stream("B"), Ct));
        await TestServer.ExecuteAsync(Sql, "DROP TRIGGER fail_mid_batch ON events;", Ct);
        var retry = await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        Assert.Equal(new AppendResult(1, new GlobalPosition(5), 2), retry);
        Assert.True((await JournalVerifier.VerifyAsync(Store, null, Ct)).IsIntact);
    }
}
