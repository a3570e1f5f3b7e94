using Akka.Actor;
using Akka.Persistence;
using Ledger.Domain.Events;
using Ledger.Domain.Json;
using Ledger.Journal;
using Ledger.Runtime.Journal;
using Ledger.Runtime.Tests.Support;
using Ledger.Store;
using Ledger.Testing;
using static Ledger.Runtime.Tests.Support.JournalProbe;

namespace Ledger.Runtime.Tests.Journal;

/// <summary>
/// What the ledger journal plugin must do on every store: persist each atomic write as one append at the version its
/// sequence numbers say, in the bytes the CLI writes; replay the stream; let the store's concurrency check refuse a
/// stale writer; never delete.
/// </summary>
public abstract class EventStoreJournalContract : Akka.TestKit.Xunit.TestKit
{
    private static readonly StreamName Mangkutana = StreamName.For(Build.Unit, Build.Year);

    private readonly JournalSetup _setup;

    protected EventStoreJournalContract(JournalSetup setup)
        : base(TestConfigs.Runtime(setup.Uri), "journal") => _setup = setup;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IReadOnlyList<EventEnvelope> MurniEvents => Histories.Decide(Histories.Murni(Histories.Small));

    [Fact]
    public void Persisted_events_are_recovered_in_order_with_sequence_numbers_from_one()
    {
        var events = MurniEvents;
        var writer = Sys.ActorOf(Props(Mangkutana.Value));
        writer.Tell(new Write(events));
        ExpectMsg<Written>(cancellationToken: Ct).LastSequenceNr.ShouldBe(events.Count);

        var recovered = Recover(Mangkutana.Value);

        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), recovered.Events.Select(e => e.SequenceNr));
        Assert.Equal(events, recovered.Events.Select(e => e.Envelope));
        Assert.Equal(events.Count, recovered.LastSequenceNr);
    }

    [Fact]
    public async Task A_write_is_stored_at_versions_one_below_its_sequence_numbers_in_the_bytes_LedgerJournal_encodes()
    {
        var events = MurniEvents;
        var writer = Sys.ActorOf(Props(Mangkutana.Value));
        writer.Tell(new Write(events));
        ExpectMsg<Written>(cancellationToken: Ct);

        var stored = await ReadAsync(Mangkutana);

        Assert.Equal(events.Count, stored.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var expected = LedgerJournal.Encode(events[i]);
            Assert.Equal(i, stored[i].StreamVersion);
            Assert.Equal(expected.EventId, stored[i].EventId);
            Assert.Equal(expected.EventType, stored[i].EventType);
            Assert.Equal(EventJson.Serialize(events[i]), stored[i].Payload.ToArray());
        }
    }

    [Fact]
    public async Task Events_the_direct_path_appended_are_recovered_and_the_next_write_follows_them()
    {
        var murni = MurniEvents;
        var perubahan = Histories.Decide(murni, Histories.Perubahan(Histories.SmallOther));
        await _setup.WithStoreAsync(store => new LedgerJournal(store).AppendAsync(Build.Unit, Build.Year, ExpectedVersion.NoStream, murni, Ct), Ct);

        var writer = Sys.ActorOf(Props(Mangkutana.Value));
        writer.Tell(new GetRecovered());
        Assert.Equal(murni, ExpectMsg<Recovered>(cancellationToken: Ct).Events.Select(e => e.Envelope));
        writer.Tell(new Write(perubahan));
        ExpectMsg<Written>(cancellationToken: Ct).LastSequenceNr.ShouldBe(murni.Count + perubahan.Count);

        var stored = await ReadAsync(Mangkutana);
        Assert.Equal(murni.Concat(perubahan).Select(e => e.Id), stored.Select(e => e.EventId));
        Assert.Equal(Enumerable.Range(0, stored.Count).Select(i => (long)i), stored.Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task Of_two_actor_systems_writing_one_stream_the_later_is_refused_and_nothing_is_written_twice()
    {
        var ours = MurniEvents;
        var theirs = Histories.Decide(Histories.Murni(Histories.SmallOther));
        var other = ActorSystem.Create("other", TestConfigs.Runtime(_setup.Uri));
        try
        {
            var a = Sys.ActorOf(Props(Mangkutana.Value));
            var b = other.ActorOf(Props(Mangkutana.Value));
            var replyA = CreateTestProbe();
            var replyB = CreateTestProbe();
            // Both recover the empty stream first, so both believe they write its first events.
            a.Tell(new GetRecovered(), replyA.Ref);
            b.Tell(new GetRecovered(), replyB.Ref);
            replyA.ExpectMsg<Recovered>(cancellationToken: Ct);
            replyB.ExpectMsg<Recovered>(cancellationToken: Ct);

            a.Tell(new Write(ours), replyA.Ref);
            b.Tell(new Write(theirs), replyB.Ref);
            var answers = new[] { replyA.ExpectMsg<object>(cancellationToken: Ct), replyB.ExpectMsg<object>(cancellationToken: Ct) };

            var winner = Assert.Single(answers.OfType<Written>());
            var loser = Assert.Single(answers.OfType<Refused>());
            Assert.IsType<WrongExpectedVersionException>(loser.Cause);
            var written = answers[0] is Written ? ours : theirs;
            Assert.Equal(written.Count, winner.LastSequenceNr);
            Assert.Equal(written.Select(e => e.Id), (await ReadAsync(Mangkutana)).Select(e => e.EventId));
            Assert.Equal(written, Recover(Mangkutana.Value).Events.Select(e => e.Envelope));
        }
        finally
        {
            await other.Terminate();
        }
    }

    [Fact]
    public async Task Writing_events_that_are_already_stored_stores_nothing_and_says_so()
    {
        var events = MurniEvents;
        var first = Sys.ActorOf(Props(Mangkutana.Value));
        first.Tell(new Write(events));
        ExpectMsg<Written>(cancellationToken: Ct);

        var second = Sys.ActorOf(Props(Mangkutana.Value));
        second.Tell(new Write(events));

        var already = Assert.IsType<AlreadyStoredException>(ExpectMsg<Refused>(cancellationToken: Ct).Cause);
        Assert.Equal(events.Count - 1, already.StreamVersion);
        Assert.Equal(events.Count, (await ReadAsync(Mangkutana)).Count);
    }

    [Fact]
    public async Task Deleting_is_refused_and_the_stream_keeps_every_event()
    {
        var events = MurniEvents;
        var writer = Sys.ActorOf(Props(Mangkutana.Value));
        writer.Tell(new Write(events));
        ExpectMsg<Written>(cancellationToken: Ct);

        writer.Tell(new Delete(2));

        Assert.IsType<NotSupportedException>(ExpectMsg<DeleteMessagesFailure>(cancellationToken: Ct).Cause);
        Assert.Equal(events.Count, (await ReadAsync(Mangkutana)).Count);
        Assert.Equal(events, Recover(Mangkutana.Value).Events.Select(e => e.Envelope));
    }

    [Fact]
    public async Task Events_of_another_unit_year_are_refused_and_nothing_is_written()
    {
        var malili = StreamName.For("Kecamatan Malili", Build.Year);
        var writer = Sys.ActorOf(Props(malili.Value));

        writer.Tell(new Write(MurniEvents));

        Assert.IsType<ArgumentException>(ExpectMsg<Refused>(cancellationToken: Ct).Cause);
        Assert.Empty(await ReadAsync(malili));
        Assert.Empty(await ReadAsync(Mangkutana));
    }

    [Fact]
    public void Recovery_up_to_a_sequence_number_replays_only_that_far()
    {
        var events = MurniEvents;
        var writer = Sys.ActorOf(Props(Mangkutana.Value));
        writer.Tell(new Write(events));
        ExpectMsg<Written>(cancellationToken: Ct);

        var recovered = Recover(Mangkutana.Value, new Recovery(toSequenceNr: 3));

        Assert.Equal([1L, 2L, 3L], recovered.Events.Select(e => e.SequenceNr));
        Assert.Equal(events.Take(3), recovered.Events.Select(e => e.Envelope));
    }

    [Fact]
    public void A_persistence_id_that_is_not_a_stream_name_fails_recovery()
    {
        var writer = Sys.ActorOf(Props("not a stream"));
        Watch(writer);

        ExpectTerminated(writer, cancellationToken: Ct);
    }

    private Recovered Recover(string persistenceId, Recovery? recovery = null)
    {
        var reader = Sys.ActorOf(Props(persistenceId, recovery));
        reader.Tell(new GetRecovered());
        return ExpectMsg<Recovered>(cancellationToken: Ct);
    }

    private Task<List<StoredEvent>> ReadAsync(StreamName stream) =>
        _setup.WithStoreAsync(async store =>
        {
            var events = new List<StoredEvent>();
            await foreach (var e in store.ReadStreamAsync(stream, 0, Ct))
                events.Add(e);
            return events;
        }, Ct);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _setup.Dispose();
    }
}

/// <summary>The journal contract on the in-memory store, shared with the test through <see cref="JournalStores"/>.</summary>
public sealed class InMemoryJournalTests() : EventStoreJournalContract(JournalSetup.Memory());

/// <summary>The journal contract on a SQLite file the plugin opens from its <c>sqlite:PATH</c> URI.</summary>
public sealed class SqliteJournalTests() : EventStoreJournalContract(JournalSetup.Sqlite());
