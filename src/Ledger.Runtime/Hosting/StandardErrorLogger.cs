using Akka.Actor;
using Akka.Dispatch;
using Akka.Event;

namespace Ledger.Runtime.Hosting;

/// <summary>
/// Akka's log written to standard error, so a CLI's standard output (tables, JSON) never carries log lines.
/// </summary>
public sealed class StandardErrorLogger : ReceiveActor, IRequiresMessageQueue<ILoggerMessageQueueSemantics>
{
    public StandardErrorLogger()
    {
        Receive<InitializeLogger>(_ => Sender.Tell(new LoggerInitialized()));
        Receive<LogEvent>(e => Console.Error.WriteLine(e.ToString()));
    }
}
