using Akka.Actor;
using Ledger.Domain.Budget.Commands;
using Ledger.Journal.Writing;
using Ledger.Runtime.Streams;

namespace Ledger.ClusterNode;

/// <summary>
/// Writes through the shard region: the command goes to the node that owns its unit-year (in the format of
/// <see cref="StreamMessageSerializer"/>), whose stream actor decides it and appends the events. Keeps the answer,
/// because the import use cases turn a refusal into the same <c>InputException</c> as a bad sheet and the endpoint
/// tells them apart. One per request.
/// </summary>
internal sealed class RegionWriter(IActorRef region, TimeSpan timeout) : IBudgetWriter
{
    public WriteOutcome? Outcome { get; private set; }

    public async Task<WriteOutcome> WriteAsync(BudgetCommand command, CancellationToken ct)
    {
        Outcome = await region.Ask<WriteResult>(new StreamCommand(command), timeout, ct) switch
        {
            WriteResult.Accepted a => new WriteOutcome.Accepted(a.Count, a.StreamVersion),
            WriteResult.Rejected r => new WriteOutcome.Rejected(r.Reason),
            var other => throw new InvalidOperationException($"unexpected answer {other}"),
        };
        return Outcome;
    }
}
