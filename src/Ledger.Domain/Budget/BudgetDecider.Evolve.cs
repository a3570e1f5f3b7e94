using Ledger.Domain.Events;

namespace Ledger.Domain.Budget;

public static partial class BudgetDecider
{
    /// <summary>Applies one event (see <see cref="BudgetFold"/>). Pure; events about unknown lines are ignored so that any filtered subset folds.</summary>
    public static BudgetState Evolve(BudgetState state, EventEnvelope envelope)
    {
        var fold = new BudgetFold(state);
        fold.Apply(envelope);
        return fold.ToState();
    }

    /// <summary>Applies events in order from the initial state.</summary>
    public static BudgetState Fold(IEnumerable<EventEnvelope> events)
    {
        var fold = new BudgetFold();
        foreach (var envelope in events)
            fold.Apply(envelope);
        return fold.ToState();
    }
}
