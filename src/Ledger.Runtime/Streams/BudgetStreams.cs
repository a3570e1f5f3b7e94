using Akka.Actor;
using Akka.Event;
using Ledger.Store;

namespace Ledger.Runtime.Streams;

/// <summary>
/// Parent of the stream actors in a single process: creates one <see cref="BudgetStreamActor"/> per stream name on
/// its first command and forwards (sender kept, so the actor answers the asker). An idle actor is passivated:
/// commands for it are held until it has stopped, then go to a fresh incarnation. Commands left to an actor that
/// stopped on a failure are answered with <see cref="StreamUnavailableException"/> instead of being lost.
/// Under Akka.Cluster.Sharding the shard region plays this part.
/// </summary>
public sealed class BudgetStreams : ReceiveActor
{
    /// <summary>Commands held for one passivating stream; more are refused rather than buffered without bound.</summary>
    public const int MaxHeldPerStream = 1_000;

    /// <summary>Failure causes remembered to explain lost commands; the table is cleared when it reaches this size.</summary>
    private const int MaxRememberedFailures = 1_000;

    private readonly StreamActorSettings _settings;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly Dictionary<StreamName, IActorRef> _children = [];
    private readonly Dictionary<IActorRef, StreamName> _streams = [];
    private readonly Dictionary<StreamName, List<(StreamCommand Command, IActorRef Sender)>> _held = [];
    private readonly Dictionary<StreamName, Exception> _failures = [];

    public BudgetStreams(StreamActorSettings settings)
    {
        _settings = settings;
        Receive<StreamCommand>(Route);
        Receive<PassivateStream>(_ => Passivate(Sender));
        Receive<Terminated>(t => Stopped(t.ActorRef));
        Receive<StreamFailed>(Remember);
        Receive<DeadLetter>(d => d.Message is StreamCommand, Answer);
    }

    public static Props Props(StreamActorSettings settings) => Akka.Actor.Props.Create(() => new BudgetStreams(settings));

    /// <summary>Children restart on any failure (a refused write reloads the stream); expected reloads are not logged as errors.</summary>
    protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(
        maxNrOfRetries: -1,
        withinTimeMilliseconds: -1,
        localOnlyDecider: cause =>
        {
            if (cause is not StreamReloadException)
                _log.Error(cause, "a stream actor failed and restarts");
            return Directive.Restart;
        },
        loggingEnabled: false);

    protected override void PreStart() => Context.System.EventStream.Subscribe(Self, typeof(DeadLetter));

    protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);

    private void Route(StreamCommand command)
    {
        if (_held.TryGetValue(command.Stream, out var held))
        {
            if (held.Count >= MaxHeldPerStream)
                Sender.Tell(new Status.Failure(new InvalidOperationException($"too many commands waiting for '{command.Stream}' ({MaxHeldPerStream}); try again")));
            else
                held.Add((command, Sender));
            return;
        }
        ChildFor(command.Stream).Forward(command);
    }

    private IActorRef ChildFor(StreamName stream)
    {
        if (_children.TryGetValue(stream, out var child))
            return child;
        child = Context.ActorOf(BudgetStreamActor.Props(stream, _settings), Uri.EscapeDataString(stream.Value));
        Context.Watch(child);
        _children[stream] = child;
        _streams[child] = stream;
        _failures.Remove(stream);
        return child;
    }

    private void Passivate(IActorRef child)
    {
        if (!_streams.TryGetValue(child, out var stream) || _held.ContainsKey(stream))
            return;
        _held[stream] = [];
        child.Tell(StopStream.Instance);
    }

    private void Stopped(IActorRef child)
    {
        if (!_streams.Remove(child, out var stream))
            return;
        _children.Remove(stream);
        if (!_held.Remove(stream, out var held) || held.Count == 0)
            return;
        var fresh = ChildFor(stream);
        foreach (var (command, sender) in held)
            fresh.Tell(command, sender);
    }

    private void Remember(StreamFailed failed)
    {
        if (_failures.Count >= MaxRememberedFailures)
            _failures.Clear();
        _failures[failed.Stream] = failed.Cause;
    }

    private void Answer(DeadLetter letter)
    {
        if (letter.Sender is null || letter.Sender.IsNobody() || letter.Message is not StreamCommand command)
            return;
        letter.Sender.Tell(new Status.Failure(new StreamUnavailableException(command.Stream, _failures.GetValueOrDefault(command.Stream))));
    }
}
