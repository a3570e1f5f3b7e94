using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;

namespace Ledger.Testing.Specs;

/// <summary>The Given of a <see cref="DeciderSpec"/>: the events already in the stream.</summary>
public sealed class GivenHistory(IReadOnlyList<EventEnvelope> history)
{
    public Outcome When(BudgetCommand command) =>
        new(command, BudgetDecider.Decide(command, BudgetDecider.Fold(history)));
}
