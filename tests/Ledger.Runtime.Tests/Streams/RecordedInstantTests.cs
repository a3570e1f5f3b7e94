using Ledger.Composition;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Streams;
using Ledger.Runtime.Tests.Support;
using Ledger.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Ledger.Runtime.Tests.Streams;

/// <summary>
/// Issue 11, finding 4, on both write paths (the stream actor and the direct writer): a write stamped earlier than its
/// stream's last recorded instant is an ordinary rejection naming both; a writer with a clock stamps a command as it
/// decides it, so a command that waited behind another is not taken for a write from the past.
/// </summary>
public sealed class RecordedInstantTests : IAsyncDisposable
{
    private static readonly Instant Earlier = Build.At("2020-08-01T00:00:00Z");
    private static readonly Instant Later = Build.At("2020-08-06T00:00:00Z");
    private readonly TempStores _stores = new(StoreKind.Sqlite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    private static CorrectPagu Correct(Instant recorded) => new(
        new CommandContext(Mangkutana.Unit, Mangkutana.Year, Stage.Murni, Build.Date("2020-03-02"), recorded, Build.Actor, null, "salah ketik"),
        Build.K("0.00.4.36.08.05.06"), new Money(3_600_000));

    [Fact]
    public async Task Given_a_stream_when_the_actor_gets_a_command_stamped_before_its_last_event_then_it_answers_a_rejection_naming_both()
    {
        await using var runtime = await LedgerRuntime.StartAsync(RuntimeOptions.ForUri(_stores.Uri!, EventStores.OpenAsync), Ct);
        await runtime.SendAsync(Mangkutana.Murni(), Ct);
        await runtime.SendAsync(Mangkutana.Perubahan(), Ct);

        var result = await runtime.SendAsync(Correct(Earlier), Ct);

        var rejected = Assert.IsType<WriteOutcome.Rejected>(result);
        Assert.Contains($"the clock reads {Earlier}, earlier than {Mangkutana.PerubahanRecorded}", rejected.Reason.Message);
    }

    [Fact]
    public async Task Given_an_actor_with_a_clock_when_a_command_stamped_earlier_arrives_then_it_is_recorded_at_the_actors_clock()
    {
        var options = RuntimeOptions.ForUri(_stores.Uri!, EventStores.OpenAsync) with { Clock = new FakeClock(Later) };
        await using (var runtime = await LedgerRuntime.StartAsync(options, Ct))
        {
            await runtime.SendAsync(Mangkutana.Murni(), Ct);
            await runtime.SendAsync(Mangkutana.Perubahan(), Ct);
            Assert.IsType<WriteOutcome.Accepted>(await runtime.SendAsync(Correct(Earlier), Ct));
        }

        var (events, _) = await new LedgerJournal(await _stores.OpenAsync(Ct)).ReadStreamAsync(Mangkutana.Unit, Mangkutana.Year, Ct);
        Assert.Equal(Later, events[^1].Recorded);
    }

    [Fact]
    public async Task Given_the_direct_writer_when_a_command_is_stamped_before_the_streams_last_event_then_it_is_a_rejection_and_with_a_clock_it_is_restamped()
    {
        var journal = new LedgerJournal(await _stores.OpenAsync(Ct));
        var direct = new DirectBudgetWriter(journal);
        await direct.WriteAsync(Mangkutana.Murni(), Ct);
        await direct.WriteAsync(Mangkutana.Perubahan(), Ct);

        var refused = Assert.IsType<WriteOutcome.Rejected>(await direct.WriteAsync(Correct(Earlier), Ct));
        var accepted = await new DirectBudgetWriter(journal, new FakeClock(Later)).WriteAsync(Correct(Earlier), Ct);

        Assert.Contains("never run backwards", refused.Reason.Message);
        Assert.IsType<WriteOutcome.Accepted>(accepted);
        Assert.Equal(Later, (await journal.ReadStreamAsync(Mangkutana.Unit, Mangkutana.Year, Ct)).Events[^1].Recorded);
    }
}
