using Akka.Actor;
using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Journal;
using Ledger.Runtime.Streams;
using Ledger.Runtime.Tests.Support;
using Ledger.Store;
using Ledger.Testing;
using static Ledger.Runtime.Tests.Support.Histories;

namespace Ledger.Runtime.Tests.Streams;

/// <summary>
/// Given a stream's history, When a command reaches its actor, Then the answer and the events stored are exactly what
/// <see cref="BudgetDecider"/> decides on that history.
/// </summary>
public sealed class BudgetStreamActorTests : Akka.TestKit.Xunit.TestKit
{
    private static readonly StreamName Mangkutana = StreamName.For(Build.Unit, Build.Year);
    private static readonly StreamActorSettings Settings = new(RuntimeConfig.JournalPluginId, null, PassivateStream.Instance, false);

    private readonly InMemoryEventStore _store;
    private readonly JournalStores.Registration _registration;

    public BudgetStreamActorTests()
        : this(new InMemoryEventStore())
    {
    }

    private BudgetStreamActorTests(InMemoryEventStore store)
        : this(store, JournalStores.Register(store))
    {
    }

    private BudgetStreamActorTests(InMemoryEventStore store, JournalStores.Registration registration)
        : base(TestConfigs.Runtime(registration.Uri), "streams")
    {
        _store = store;
        _registration = registration;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_murni_history_a_perubahan_is_answered_and_stored_as_the_decider_decides()
    {
        var history = await GivenAsync(Murni(Small));
        var perubahan = Perubahan(SmallOther.Without("7.01.01.2.01.02"));
        var expected = Accepted(BudgetDecider.Decide(perubahan, BudgetDecider.Fold(history)));

        Writer().Tell(new StreamCommand(perubahan));

        ExpectMsg<WriteOutcome>(cancellationToken: Ct).ShouldBe(new WriteOutcome.Accepted(expected.Count, history.Count + expected.Count - 1));
        Assert.Equal(history.Concat(expected), await StoredAsync());
    }

    [Fact]
    public async Task A_rejected_command_is_answered_with_the_deciders_reason_and_writes_nothing()
    {
        var perubahan = Perubahan(Small);
        var rejected = Assert.IsType<Decision.Rejected>(BudgetDecider.Decide(perubahan, BudgetState.Initial));

        Writer().Tell(new StreamCommand(perubahan));

        ExpectMsg<WriteOutcome>(cancellationToken: Ct).ShouldBe(new WriteOutcome.Rejected(rejected.Reason));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Importing_the_same_sheet_again_writes_nothing()
    {
        var writer = Writer();
        writer.Tell(new StreamCommand(Murni(Small)));
        var first = Assert.IsType<WriteOutcome.Accepted>(ExpectMsg<WriteOutcome>(cancellationToken: Ct));

        writer.Tell(new StreamCommand(Murni(Small)));

        ExpectMsg<WriteOutcome>(cancellationToken: Ct).ShouldBe(new WriteOutcome.Accepted(0, first.StreamVersion));
        Assert.Equal(first.Appended, (await StoredAsync()).Count);
    }

    [Fact]
    public void A_command_for_another_unit_year_is_refused()
    {
        Writer().Tell(new StreamCommand(Murni(Small, unit: "Kecamatan Malili")));

        Assert.IsType<ArgumentException>(ExpectMsg<Status.Failure>(cancellationToken: Ct).Cause);
    }

    [Fact]
    public async Task When_another_writer_appended_first_the_answer_is_the_conflict_and_the_next_command_is_decided_on_the_reloaded_stream()
    {
        var writer = await RecoveredWriterAsync();
        var theirs = await GivenAsync(Murni(SmallOther));

        writer.Tell(new StreamCommand(Murni(Small)));
        Assert.IsType<WrongExpectedVersionException>(ExpectMsg<Status.Failure>(cancellationToken: Ct).Cause);
        Assert.Equal(theirs, await StoredAsync());

        var ours = Accepted(BudgetDecider.Decide(Murni(Small), BudgetDecider.Fold(theirs)));
        writer.Tell(new StreamCommand(Murni(Small)));

        ExpectMsg<WriteOutcome>(cancellationToken: Ct).ShouldBe(new WriteOutcome.Accepted(ours.Count, theirs.Count + ours.Count - 1));
        Assert.Equal(theirs.Concat(ours), await StoredAsync());
    }

    [Fact]
    public async Task When_another_writer_stored_the_same_events_first_nothing_is_written_twice()
    {
        var writer = await RecoveredWriterAsync();
        var theirs = await GivenAsync(Murni(Small));

        writer.Tell(new StreamCommand(Murni(Small)));
        ExpectMsg<WriteOutcome>(cancellationToken: Ct).ShouldBe(new WriteOutcome.Accepted(0, theirs.Count - 1));

        writer.Tell(new StreamCommand(Murni(Small)));
        ExpectMsg<WriteOutcome>(cancellationToken: Ct).ShouldBe(new WriteOutcome.Accepted(0, theirs.Count - 1));
        Assert.Equal(theirs, await StoredAsync());
    }

    /// <summary>A writer that has recovered the (empty) stream: it answered a command the decider rejects.</summary>
    private async Task<IActorRef> RecoveredWriterAsync()
    {
        var writer = Writer();
        writer.Tell(new StreamCommand(Perubahan(Small)));
        ExpectMsg<WriteOutcome.Rejected>(cancellationToken: Ct);
        Assert.Empty(await StoredAsync());
        return writer;
    }

    private IActorRef Writer() => Sys.ActorOf(BudgetStreamActor.Props(Mangkutana, Settings));

    /// <summary>Appends what deciding <paramref name="command"/> on the stream gives, as another writer would.</summary>
    private async Task<IReadOnlyList<EventEnvelope>> GivenAsync(BudgetCommand command)
    {
        var journal = new LedgerJournal(_store);
        var (history, version) = await journal.ReadStreamAsync(Build.Unit, Build.Year, Ct);
        var events = Accepted(BudgetDecider.Decide(command, BudgetDecider.Fold(history)));
        await journal.AppendAsync(Build.Unit, Build.Year, ExpectedVersion.At(version), events, Ct);
        return [.. history, .. events];
    }

    private async Task<IReadOnlyList<EventEnvelope>> StoredAsync() => (await new LedgerJournal(_store).ReadStreamAsync(Build.Unit, Build.Year, Ct)).Events;

    private static IReadOnlyList<EventEnvelope> Accepted(Decision decision) => Assert.IsType<Decision.Accepted>(decision).Events;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _registration.Dispose();
    }
}
