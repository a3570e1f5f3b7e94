using Ledger.Domain.Budget.Commands;
using Ledger.Store;

namespace Ledger.Runtime.Streams;

/// <summary>
/// A domain command on its way to the actor of the unit-year it names. <see cref="Stream"/> is the entity id
/// under sharding. The actor answers with a <see cref="Ledger.Journal.Writing.WriteOutcome"/>, or with
/// <c>Status.Failure</c> when the journal failed (then nothing was written).
/// </summary>
/// <exception cref="ArgumentException">The command names no valid stream (bad unit or year).</exception>
public sealed record StreamCommand(BudgetCommand Command)
{
    public StreamName Stream { get; } = StreamName.For(Command.Context.Unit, Command.Context.FiscalYear);
}
