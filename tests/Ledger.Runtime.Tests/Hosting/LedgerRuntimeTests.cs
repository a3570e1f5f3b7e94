using Akka.Actor;
using Ledger.Application.Importing;
using Ledger.Composition;
using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Json;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Streams;
using Ledger.Runtime.Tests.Support;
using Ledger.Store;
using Ledger.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Ledger.Runtime.Tests.Hosting;

/// <summary>The runtime as the CLI will use it: commands in, the same journal out as the direct path writes.</summary>
public sealed class LedgerRuntimeTests : IAsyncDisposable
{
    private static readonly StreamName Stream = StreamName.For(Mangkutana.Unit, Mangkutana.Year);

    private readonly TempStores _stores = new(StoreKind.Sqlite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_runtime_writes_byte_for_byte_the_journal_BudgetImport_writes_for_the_same_sheets_and_clock()
    {
        await using var direct = new TempStores(StoreKind.Sqlite);
        var directStore = await direct.OpenAsync(Ct);
        var clock = new FakeClock(Mangkutana.MurniRecorded);
        var import = new BudgetImport(new LedgerJournal(directStore), clock);
        var murni = (await import.RunAsync(Mangkutana.MurniRequest, null, Ct)).AcceptedOrThrow();
        clock.Reset(Mangkutana.PerubahanRecorded);
        var perubahan = (await import.RunAsync(Mangkutana.PerubahanRequest, null, Ct)).AcceptedOrThrow();

        await using (var runtime = await LedgerRuntime.StartAsync(RuntimeOptions.ForUri(_stores.Uri!, EventStores.OpenAsync), Ct))
        {
            Assert.Equal(new WriteOutcome.Accepted(murni.Appended, murni.StreamVersion), await runtime.SendAsync(Mangkutana.Murni(), Ct));
            Assert.Equal(new WriteOutcome.Accepted(perubahan.Appended, perubahan.StreamVersion), await runtime.SendAsync(Mangkutana.Perubahan(), Ct));
        }

        var expected = await ReadAllAsync(directStore);
        var actual = await ReadAllAsync(await _stores.OpenAsync(Ct));
        Assert.True(murni.Appended > 0 && perubahan.Appended > 0);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i] with { Payload = default, PreviousHash = default, Hash = default }, actual[i] with { Payload = default, PreviousHash = default, Hash = default });
            Assert.Equal(expected[i].Payload.ToArray(), actual[i].Payload.ToArray());
            Assert.Equal(expected[i].Hash.ToArray(), actual[i].Hash.ToArray());
        }
    }

    [Fact]
    public async Task Sixteen_concurrent_corrections_to_one_unit_year_are_each_decided_exactly_once()
    {
        await using var runtime = await StartAsync();
        var murni = Assert.IsType<WriteOutcome.Accepted>(await runtime.SendAsync(Mangkutana.Murni(), Ct));
        var leaves = Leaves(Mangkutana.Murni()).Take(16).ToList();
        Assert.Equal(16, leaves.Count);

        var corrections = leaves.Select((line, i) => Correct(line.Kode, line.Pagu + new Money(1_000 * (i + 1)), i)).ToList();
        var results = await Task.WhenAll(corrections.Select(c => runtime.SendAsync(c, Ct)));

        var versions = results.Select(r => Assert.IsType<WriteOutcome.Accepted>(r)).Select(a => (a.Appended, a.StreamVersion)).ToList();
        Assert.Equal(Enumerable.Range(1, 16).Select(i => (1, murni.StreamVersion + i)).ToHashSet(), versions.ToHashSet());
        var stored = await EnvelopesAsync();
        Assert.Equal(murni.Appended + 16, stored.Count);
        var corrected = stored.Skip(murni.Appended).Select(e => Assert.IsType<PaguCorrected>(e.Event)).ToList();
        Assert.Equal(corrections.Select(c => (c.Kode, c.Pagu)).ToHashSet(), corrected.Select(e => (e.Kode, e.To)).ToHashSet());
        var state = BudgetDecider.Fold(stored);
        Assert.All(corrections, c => Assert.Equal(c.Pagu, state.Find(c.Kode)!.Pagu.At(Stage.Murni)));
    }

    [Fact]
    public async Task Sixteen_concurrent_imports_of_one_sheet_write_it_once()
    {
        await using var runtime = await StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => runtime.SendAsync(Mangkutana.Murni(), Ct)));

        var accepted = results.Select(r => Assert.IsType<WriteOutcome.Accepted>(r)).ToList();
        var written = Assert.Single(accepted, a => a.Appended > 0);
        Assert.Equal(15, accepted.Count(a => a == new WriteOutcome.Accepted(0, written.StreamVersion)));
        Assert.Equal(written.Appended, (await EnvelopesAsync()).Count);
    }

    [Fact]
    public async Task When_another_process_appended_first_the_command_is_decided_again_on_the_reloaded_stream()
    {
        await using var ours = await StartAsync();
        await using var theirs = await StartAsync();
        var murni = Assert.IsType<WriteOutcome.Accepted>(await ours.SendAsync(Mangkutana.Murni(), Ct));
        var leaves = Leaves(Mangkutana.Murni()).Take(2).ToList();

        var first = await theirs.SendAsync(Correct(leaves[0].Kode, leaves[0].Pagu + new Money(500), 0), Ct);
        var second = await ours.SendAsync(Correct(leaves[1].Kode, leaves[1].Pagu + new Money(700), 1), Ct);

        Assert.Equal(new WriteOutcome.Accepted(1, murni.StreamVersion + 1), first);
        Assert.Equal(new WriteOutcome.Accepted(1, murni.StreamVersion + 2), second);
        var state = BudgetDecider.Fold(await EnvelopesAsync());
        Assert.Equal(leaves[0].Pagu + new Money(500), state.Find(leaves[0].Kode)!.Pagu.At(Stage.Murni));
        Assert.Equal(leaves[1].Pagu + new Money(700), state.Find(leaves[1].Kode)!.Pagu.At(Stage.Murni));
    }

    [Fact]
    public async Task A_rejection_comes_back_as_data_and_writes_nothing()
    {
        await using var runtime = await StartAsync();

        var result = await runtime.SendAsync(Mangkutana.Perubahan(), Ct);

        Assert.Contains("before any murni", Assert.IsType<WriteOutcome.Rejected>(result).Reason.Message, StringComparison.Ordinal);
        Assert.Empty(await EnvelopesAsync());
    }

    [Fact]
    public async Task A_stream_with_an_unreadable_event_fails_the_command_with_the_cause_without_waiting_for_the_timeout()
    {
        var store = await _stores.OpenAsync(Ct);
        await store.AppendAsync(Stream, ExpectedVersion.NoStream, [new EventData(Guid.NewGuid(), "LineOpened", "{}"u8.ToArray())], Ct);
        await using var runtime = await LedgerRuntime.StartAsync(RuntimeOptions.ForUri(_stores.Uri!, EventStores.OpenAsync) with { AskTimeout = TimeSpan.FromSeconds(30) }, Ct);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<StreamUnavailableException>(() => runtime.SendAsync(Mangkutana.Murni(), Ct));

        Assert.IsType<EventFormatException>(failure.InnerException);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task An_idle_stream_actor_stops_and_the_next_command_finds_the_stream_as_stored()
    {
        await using var runtime = await LedgerRuntime.StartAsync(RuntimeOptions.ForUri(_stores.Uri!, EventStores.OpenAsync) with { IdleTimeout = TimeSpan.FromMilliseconds(200) }, Ct);
        var murni = Assert.IsType<WriteOutcome.Accepted>(await runtime.SendAsync(Mangkutana.Murni(), Ct));
        var path = "/user/streams/" + Uri.EscapeDataString(Stream.Value);
        var actor = await runtime.System.ActorSelection(path).ResolveOne(TimeSpan.FromSeconds(5), Ct);

        Assert.True(await actor.WatchAsync(Ct), "the idle actor did not stop");
        var again = await runtime.SendAsync(Mangkutana.Murni(), Ct);

        Assert.Equal(new WriteOutcome.Accepted(0, murni.StreamVersion), again);
    }

    [Fact]
    public async Task After_disposal_no_command_is_taken()
    {
        var runtime = await StartAsync();
        await runtime.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => runtime.SendAsync(Mangkutana.Murni(), Ct));
    }

    public async ValueTask DisposeAsync() => await _stores.DisposeAsync();

    private Task<LedgerRuntime> StartAsync() => LedgerRuntime.StartAsync(RuntimeOptions.ForUri(_stores.Uri!, EventStores.OpenAsync), Ct);

    private static IEnumerable<PlannedLine> Leaves(ImportBudget import) =>
        import.Lines.Where(line => line.Pagu > Money.Zero && !import.Lines.Any(other => other.Parent == line.Kode));

    private static CorrectPagu Correct(Kode kode, Money pagu, int index) => new(
        new CommandContext(Mangkutana.Unit, Mangkutana.Year, Stage.Murni, Build.Date("2020-03-02"),
            Instant.FromUtc(2020, 3, 2, 9, 0).Plus(Duration.FromSeconds(index)), Build.Actor, null, "salah ketik pada Perda"),
        kode, pagu);

    private async Task<IReadOnlyList<EventEnvelope>> EnvelopesAsync() =>
        (await new LedgerJournal(await _stores.OpenAsync(Ct)).ReadStreamAsync(Mangkutana.Unit, Mangkutana.Year, Ct)).Events;

    private static async Task<List<StoredEvent>> ReadAllAsync(IEventStore store)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in store.ReadAllAsync(GlobalPosition.Start, Ct))
            events.Add(e);
        return events;
    }
}
