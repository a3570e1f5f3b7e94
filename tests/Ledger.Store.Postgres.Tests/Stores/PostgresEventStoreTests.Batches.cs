using Ledger.Store.Tests;

namespace Ledger.Store.Postgres.Tests;

// Large batches (written by COPY) are as all-or-nothing as small ones (written by one INSERT); the contracts' wrong-version
// and mid-batch-failure tests append such batches too.
public sealed partial class PostgresEventStoreTests
{
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

    protected override Task InjectFailureAtVersionAsync(long version) =>
        TestServer.ExecuteAsync(Sql, FormattableString.Invariant($"""
            CREATE FUNCTION fail_mid_batch() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'injected failure'; END $$;
            CREATE TRIGGER fail_mid_batch BEFORE INSERT ON events FOR EACH ROW WHEN (NEW.version = {version})
                EXECUTE FUNCTION fail_mid_batch();
            """), Ct);

    protected override Task RemoveInjectedFailureAsync() => TestServer.ExecuteAsync(Sql, "DROP TRIGGER fail_mid_batch ON events;", Ct);
}
