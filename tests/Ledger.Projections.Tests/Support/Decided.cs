using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;

namespace Ledger.Projections.Tests.Support;

/// <summary>Builds event streams the way the ledger does: by deciding commands one after another.</summary>
public static class Decided
{
    /// <summary>The events appended by deciding <paramref name="commands"/> in order on top of <paramref name="history"/>; fails on a rejection.</summary>
    public static EventEnvelope[] Events(IEnumerable<EventEnvelope> history, params BudgetCommand[] commands)
    {
        var events = history.ToList();
        foreach (var command in commands)
        {
            switch (BudgetDecider.Decide(command, BudgetDecider.Fold(events)))
            {
                case Decision.Accepted accepted:
                    events.AddRange(accepted.Events);
                    break;
                case Decision.Rejected rejected:
                    Assert.Fail($"{command.GetType().Name} at {command.Context.Stage} was rejected: {rejected.Reason.Message}");
                    break;
            }
        }
        return [.. events];
    }

    public static EventEnvelope[] Events(params BudgetCommand[] commands) => Events([], commands);
}
