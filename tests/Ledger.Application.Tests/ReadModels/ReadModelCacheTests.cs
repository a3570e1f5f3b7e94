using Ledger.Application.ReadModels;
using Ledger.Application.Tables;
using Ledger.Domain.Values;
using Ledger.Projections;
using Ledger.Store;
using Ledger.Testing;
using NodaTime;

namespace Ledger.Application.Tests.ReadModels;

/// <summary>
/// Issue 12, deliverable 3: tables come from read models kept at their stream version. A second request for the same
/// table reads nothing but the stream's version and folds nothing; one more event in the stream costs one read and one
/// fold; the live follower's offer costs the request nothing; time slices are kept apart.
/// </summary>
public sealed class ReadModelCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSlice BeforePerubahan = new(Build.Date("2020-06-30"), null);

    private static Task<Projections.Perubahan.PerubahanTable> PerubahanAsync(BudgetQueries queries, TimeSlice slice) =>
        queries.PerubahanAsync(Build.Unit, Build.Year, null, null, slice, Ct);

    [Fact]
    public async Task Given_a_table_read_once_when_it_is_asked_again_then_only_the_version_is_checked_and_nothing_is_read_or_folded()
    {
        var journal = await ReadModelJournal.WithMurniAsync(Ct);
        var reader = new CountingReader(journal.Store);
        var queries = new BudgetQueries(new ReadModelCache(reader));
        var first = await PerubahanAsync(queries, TimeSlice.Everything);
        var (reads, events, folded) = (reader.StreamReads, reader.EventsRead, queries.Models.Counters.EventsFolded);

        var second = await PerubahanAsync(queries, TimeSlice.Everything);

        Assert.Same(first, second);
        Assert.Equal(2, reader.VersionChecks);
        Assert.Equal((reads, events), (reader.StreamReads, reader.EventsRead));
        Assert.Equal(folded, queries.Models.Counters.EventsFolded);
        Assert.Equal(journal.State.EventCount, events);
    }

    [Fact]
    public async Task Given_a_cached_table_when_one_more_event_lands_then_the_next_request_reads_and_folds_exactly_that_event()
    {
        var journal = await ReadModelJournal.WithMurniAsync(Ct);
        var reader = new CountingReader(journal.Store);
        var queries = new BudgetQueries(new ReadModelCache(reader));
        await PerubahanAsync(queries, TimeSlice.Everything);
        var perubahan = journal.Decide(ReadModelJournal.Perubahan.Import(Stage.Perubahan, "2020-09-30", "2020-10-01T09:00:00Z"));
        var events = reader.EventsRead;
        var before = queries.Models.Counters;

        await journal.AppendAsync(perubahan.Take(1).ToList(), Ct);
        await PerubahanAsync(queries, TimeSlice.Everything);

        Assert.Equal(1, reader.EventsRead - events);
        Assert.Equal(new ReadModelCounters(VersionChecks: 1, StreamReads: 1, EventsRead: 1, EventsFolded: 1), queries.Models.Counters.Since(before));
    }

    [Fact]
    public async Task Given_the_live_follower_offered_the_new_event_when_the_table_is_asked_then_nothing_is_read_and_only_that_event_was_folded()
    {
        var journal = await ReadModelJournal.WithMurniAsync(Ct);
        var reader = new CountingReader(journal.Store);
        var models = new ReadModelCache(reader);
        var queries = new BudgetQueries(models);
        await PerubahanAsync(queries, TimeSlice.Everything);
        var perubahan = journal.Decide(ReadModelJournal.Perubahan.Import(Stage.Perubahan, "2020-09-30", "2020-10-01T09:00:00Z"));
        var before = models.Counters;

        await journal.AppendAsync(perubahan.Take(1).ToList(), Ct);
        await foreach (var stored in journal.Store.ReadAllAsync(GlobalPosition.Start, Ct))
            models.Offer(stored, Journal.LedgerJournal.Decode(stored));
        await PerubahanAsync(queries, TimeSlice.Everything);

        Assert.Equal(new ReadModelCounters(VersionChecks: 1, StreamReads: 0, EventsRead: 0, EventsFolded: 1), models.Counters.Since(before));
    }

    [Fact]
    public async Task Given_two_slices_of_one_unit_year_then_each_request_gets_its_own_slice_and_both_equal_a_fresh_fold()
    {
        var journal = await ReadModelJournal.WithMurniAsync(Ct);
        await journal.AppendAsync(journal.Decide(ReadModelJournal.Perubahan.Import(Stage.Perubahan, "2020-09-30", "2020-10-01T09:00:00Z")), Ct);
        var queries = new BudgetQueries(new ReadModelCache(journal.Store));

        var everything = await PerubahanAsync(queries, TimeSlice.Everything);
        var before = await PerubahanAsync(queries, BeforePerubahan);
        var everythingAgain = await PerubahanAsync(queries, TimeSlice.Everything);

        Assert.NotEqual(everything.Rows, before.Rows);
        Assert.Same(everything, everythingAgain);
        Assert.Equal((await PerubahanAsync(new BudgetQueries(journal.Journal), BeforePerubahan)).Rows, before.Rows);
        Assert.Equal((await PerubahanAsync(new BudgetQueries(journal.Journal), TimeSlice.Everything)).Rows, everything.Rows);
    }

    [Fact]
    public async Task Given_a_cache_of_two_unit_years_when_a_third_is_read_then_the_least_recently_used_is_dropped()
    {
        var journal = new ReadModelJournal();
        var murni = journal.Decide(ReadModelJournal.Murni.Import(Stage.Murni, "2019-12-31", "2020-01-02T09:00:00Z"));
        var events = murni.Count;
        foreach (var unit in new[] { "A", "B", "C" })
            await journal.Journal.AppendAsync(unit, Build.Year, ExpectedVersion.NoStream, [.. murni.Select(e => e with { Id = Guid.NewGuid() })], Ct);
        var models = new ReadModelCache(journal.Store, capacity: 2);

        foreach (var unit in new[] { "A", "B", "A", "C", "A", "C" })
            await models.GetAsync(unit, Build.Year, Ct);
        var before = models.Counters;
        await models.GetAsync("B", Build.Year, Ct);

        Assert.Equal(2, models.Count);
        Assert.Equal(3 * events, before.EventsRead);
        Assert.Equal(events, models.Counters.Since(before).EventsRead);
    }

    [Fact]
    public async Task Given_requests_and_live_offers_racing_an_append_one_event_at_a_time_then_the_model_equals_a_fresh_fold_and_each_event_is_folded_once()
    {
        var journal = await ReadModelJournal.WithMurniAsync(Ct);
        var models = new ReadModelCache(journal.Store);
        await models.GetAsync(Build.Unit, Build.Year, Ct);
        var perubahan = journal.Decide(ReadModelJournal.Perubahan.Import(Stage.Perubahan, "2020-09-30", "2020-10-01T09:00:00Z"));
        var before = models.Counters;

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
                await models.GetAsync(Build.Unit, Build.Year, Ct);
        }, Ct)).ToList();
        foreach (var envelope in perubahan)
        {
            await journal.AppendAsync([envelope], Ct);
            await foreach (var stored in journal.Store.ReadAllAsync(GlobalPosition.Start, Ct))
                models.Offer(stored, Journal.LedgerJournal.Decode(stored));
        }
        await Task.WhenAll(readers);
        var model = await models.GetAsync(Build.Unit, Build.Year, Ct);

        Assert.Equal(perubahan.Count, models.Counters.Since(before).EventsFolded);
        Assert.Equal(StateDump.Of(journal.State), StateDump.Of(model.Budget));
    }
}
