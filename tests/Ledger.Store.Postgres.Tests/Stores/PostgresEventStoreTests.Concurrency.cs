using Ledger.Store.Tests;

namespace Ledger.Store.Postgres.Tests;

public sealed partial class PostgresEventStoreTests
{
    private const int Writers = 16;

    [Fact]
    public async Task Sixteen_store_instances_racing_to_open_a_stream_one_wins_and_every_other_is_told_the_version()
    {
        var stream = Stream("Sekretariat Daerah");
        var batches = Enumerable.Range(0, Writers).Select(_ => TestEvents.Make(3)).ToArray();

        var outcomes = await RaceAsync(_schema, (store, w) => store.AppendAsync(stream, ExpectedVersion.NoStream, batches[w], Ct));

        var winner = Assert.Single(outcomes, o => o.Result is not null);
        Assert.Equal(new AppendResult(2, new GlobalPosition(3), 3), winner.Result);
        var losers = outcomes.Where(o => o.Result is null).Select(o => Assert.IsType<WrongExpectedVersionException>(o.Error)).ToList();
        Assert.Equal(Writers - 1, losers.Count);
        Assert.All(losers, ex => Assert.Equal(2, ex.ActualVersion));
        var stored = await ReadStreamAsync(stream);
        Assert.Equal(batches[winner.Writer].Select(e => e.EventId), stored.Select(e => e.EventId));
        Assert.Equal(new GlobalPosition(3), await Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task Sixteen_store_instances_retrying_the_same_batch_at_once_store_it_exactly_once()
    {
        var stream = Stream("Sekretariat Daerah");
        await Store.AppendAsync(Stream("Dinas Kesehatan"), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        var batch = TestEvents.Make(50);

        var outcomes = await RaceAsync(_schema, (store, _) => store.AppendAsync(stream, ExpectedVersion.NoStream, batch, Ct));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(50, outcomes.Sum(o => o.Result!.Value.Appended));
        Assert.All(outcomes, o => Assert.Equal((49L, new GlobalPosition(52)), (o.Result!.Value.StreamVersion, o.Result!.Value.LastPosition)));
        Assert.Equal(batch.Select(e => e.EventId), (await ReadStreamAsync(stream)).Select(e => e.EventId));
        Assert.True((await JournalVerifier.VerifyAsync(Store, null, Ct)).IsIntact);
    }

    [Fact]
    public async Task Sixteen_store_instances_opening_one_new_schema_at_once_create_it_once()
    {
        var fresh = await NewSchemaAsync(Ct);

        var outcomes = await RaceAsync(fresh, (store, w) => store.AppendAsync(Stream($"Unit {w}"), ExpectedVersion.NoStream, TestEvents.Make(1), Ct));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        var sql = TestServer.ConnectionStringFor(fresh);
        Assert.Equal(1L, await TestServer.ScalarAsync(sql, "SELECT count(*) FROM ledger_schema;", Ct));
        Assert.Equal(16L, await TestServer.ScalarAsync(sql, "SELECT count(*) FROM events;", Ct));
        await using var store = await PostgresEventStore.OpenAsync(TestServer.StoreUri(fresh), Ct);
        Assert.Equal(new VerifyResult(Writers, null, null), await JournalVerifier.VerifyAsync(store, null, Ct) with { Head = null });
    }

    private sealed record Outcome(int Writer, AppendResult? Result, Exception? Error);

    /// <summary>
    /// Opens <see cref="Writers"/> store instances on <paramref name="schema"/> at the same moment, then
    /// runs <paramref name="append"/> on all of them at once; every outcome, success or exception, is kept.
    /// </summary>
    private static async Task<List<Outcome>> RaceAsync(string schema, Func<IEventStore, int, Task<AppendResult>> append)
    {
        // A gate, not a Barrier: 16 blocked pool threads on 2 cores would wait for thread injection.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            await start.Task.WaitAsync(Ct);
            await using var store = await PostgresEventStore.OpenAsync(TestServer.StoreUri(schema), Ct);
            try
            {
                return new Outcome(w, await append(store, w), null);
            }
            catch (Exception ex) when (ex is WrongExpectedVersionException or IdempotencyConflictException)
            {
                return new Outcome(w, null, ex);
            }
        }, Ct)).ToList();
        start.SetResult();
        return [.. await Task.WhenAll(tasks)];
    }
}
