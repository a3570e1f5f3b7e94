using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Journal.Writing;
using Ledger.Runtime.Journal;
using Ledger.Store;

namespace Ledger.Runtime.Streams;

/// <summary>
/// The single writer of one unit-year stream. Recovers <see cref="BudgetState"/> by folding the stream with
/// <see cref="BudgetDecider.Evolve"/>; decides each <see cref="StreamCommand"/> with <see cref="BudgetDecider.Decide"/>
/// and persists the accepted envelopes as one atomic write (all or nothing), then replies the writer contract's own
/// <see cref="WriteOutcome"/> (accepted with the events appended and the stream's version, or the decider's rejection). Commands arriving meanwhile wait (stashed), so every command is decided on the
/// stream including all earlier ones. When the journal refuses a write, the sender gets the cause as
/// <c>Status.Failure</c> and the actor restarts to reload the stream as stored. No snapshots (see ADR 0003).
/// </summary>
public sealed class BudgetStreamActor : ReceivePersistentActor
{
    private readonly StreamName _stream;
    private readonly StreamActorSettings _settings;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private BudgetState _state = BudgetState.Initial;
    private IActorRef? _replyTo;

    public BudgetStreamActor(StreamName stream, StreamActorSettings settings)
    {
        _stream = stream;
        _settings = settings;
        JournalPluginId = settings.JournalPluginId;
        SnapshotPluginId = StreamActorSettings.NoSnapshotStore;
        Recover<EventEnvelope>(envelope => _state = BudgetDecider.Evolve(_state, envelope));
        Command<StreamCommand>(Decide);
        Command<ReceiveTimeout>(_ => Context.Parent.Tell(_settings.PassivateRequest));
        Command<StopStream>(_ => Context.Stop(Self));
        if (settings.IdleTimeout is { } idle)
            SetReceiveTimeout(idle);
    }

    public static Props Props(StreamName stream, StreamActorSettings settings) =>
        Akka.Actor.Props.Create(() => new BudgetStreamActor(stream, settings));

    public override string PersistenceId => _stream.Value;

    /// <summary>Version of the stream's last event, -1 for none: the sequence number minus one.</summary>
    private long Version => LastSequenceNr - 1;

    private void Decide(StreamCommand message)
    {
        if (message.Stream != _stream)
        {
            Sender.Tell(new Status.Failure(new ArgumentException($"a command for '{message.Stream}' reached the writer of '{_stream}'")));
            return;
        }
        Decision decision;
        try
        {
            var command = _settings.Clock is { } clock ? message.Command.StampedAt(clock.GetCurrentInstant()) : message.Command;
            decision = BudgetDecider.Decide(command, _state);
        }
        catch (Exception e)
        {
            // A broken invariant: the state is unchanged (the decider is pure), so report it and go on.
            _log.Error(e, "deciding {0} on {1} failed", message.Command.GetType().Name, _stream);
            Sender.Tell(new Status.Failure(e));
            return;
        }
        switch (decision)
        {
            case Decision.Rejected rejected:
                Sender.Tell(new WriteOutcome.Rejected(rejected.Reason));
                break;
            case Decision.Accepted { Events.Count: 0 }:
                Sender.Tell(new WriteOutcome.Accepted(0, Version));
                break;
            case Decision.Accepted accepted when AppendLimits.Check(accepted.Events) is { } tooLarge:
                // Refused here, as a rejection: the journal would refuse the batch anyway, as a failure with no words for the user.
                Sender.Tell(new WriteOutcome.Rejected(tooLarge));
                break;
            case Decision.Accepted accepted:
                Append(accepted.Events);
                break;
        }
    }

    private void Append(IReadOnlyList<EventEnvelope> events)
    {
        _replyTo = Sender;
        var applied = 0;
        PersistAll(events, envelope =>
        {
            _state = BudgetDecider.Evolve(_state, envelope);
            if (++applied < events.Count)
                return;
            _replyTo?.Tell(new WriteOutcome.Accepted(applied, Version));
            _replyTo = null;
        });
    }

    /// <summary>The journal refused the write (nothing stored): answer, then restart to reload the stream.</summary>
    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        if (_replyTo is { } replyTo)
        {
            replyTo.Tell(cause is AlreadyStoredException already
                ? new WriteOutcome.Accepted(0, already.StreamVersion)
                : new Status.Failure(cause));
            _replyTo = null;
        }
        if (cause is not AlreadyStoredException)
            _log.Info("write to {0} refused, reloading the stream: {1}", _stream, cause.Message);
        throw new StreamReloadException(_stream, cause);
    }

    /// <summary>The journal failed (the actor stops): answer with the cause.</summary>
    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        if (_replyTo is { } replyTo)
        {
            replyTo.Tell(new Status.Failure(cause));
            _replyTo = null;
            _log.Warning("write to {0} failed, stopping: {1}", _stream, cause.Message);
            return;
        }
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    /// <summary>
    /// The stream could not be read (the actor stops). Under <see cref="BudgetStreams"/> the parent answers the
    /// waiting commands with the cause, so a one-line warning is enough; elsewhere Akka logs the error.
    /// </summary>
    protected override void OnRecoveryFailure(Exception reason, object? message = null)
    {
        if (!_settings.ReportFailureToParent)
        {
            base.OnRecoveryFailure(reason, message);
            return;
        }
        Context.Parent.Tell(new StreamFailed(_stream, reason));
        _log.Warning("cannot recover {0}: {1}", _stream, reason.Message);
    }
}
