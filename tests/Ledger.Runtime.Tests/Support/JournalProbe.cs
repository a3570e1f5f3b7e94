using Akka.Actor;
using Akka.Persistence;
using Ledger.Domain.Events;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Streams;

namespace Ledger.Runtime.Tests.Support;

/// <summary>
/// A bare persistent actor on the ledger journal, to test the plugin without the decider: persists what it is
/// given as one atomic write, tells what the journal said, and reports what it recovered.
/// </summary>
public sealed class JournalProbe : ReceivePersistentActor
{
    private readonly string _persistenceId;
    private readonly List<(long SequenceNr, EventEnvelope Envelope)> _recovered = [];
    private IActorRef? _replyTo;

    public JournalProbe(string persistenceId, Recovery? recovery)
    {
        _persistenceId = persistenceId;
        JournalPluginId = RuntimeConfig.JournalPluginId;
        SnapshotPluginId = StreamActorSettings.NoSnapshotStore;
        Recovery = recovery ?? Recovery.Default;
        Recover<EventEnvelope>(e => _recovered.Add((LastSequenceNr, e)));
        Command<Write>(Persist);
        Command<GetRecovered>(_ => Sender.Tell(new Recovered(_recovered, LastSequenceNr)));
        Command<Delete>(d =>
        {
            _replyTo = Sender;
            DeleteMessages(d.ToSequenceNr);
        });
        Command<DeleteMessagesFailure>(f => _replyTo?.Tell(f));
        Command<DeleteMessagesSuccess>(s => _replyTo?.Tell(s));
    }

    public override string PersistenceId => _persistenceId;

    public override Recovery Recovery { get; }

    public static Props Props(string persistenceId, Recovery? recovery = null) =>
        Akka.Actor.Props.Create(() => new JournalProbe(persistenceId, recovery));

    private void Persist(Write write)
    {
        _replyTo = Sender;
        var persisted = 0;
        PersistAll(write.Events, _ =>
        {
            if (++persisted == write.Events.Count)
                _replyTo.Tell(new Written(LastSequenceNr));
        });
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        _replyTo?.Tell(new Refused(cause, sequenceNr));
        _replyTo = null;
    }

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        _replyTo?.Tell(new Refused(cause, sequenceNr));
        _replyTo = null;
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    public sealed record Write(IReadOnlyList<EventEnvelope> Events);

    public sealed record Written(long LastSequenceNr);

    public sealed record Refused(Exception Cause, long SequenceNr);

    public sealed record GetRecovered;

    public sealed record Recovered(IReadOnlyList<(long SequenceNr, EventEnvelope Envelope)> Events, long LastSequenceNr);

    public sealed record Delete(long ToSequenceNr);
}
