using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Xunit;

namespace Ledger.Testing.Specs;

/// <summary>Builds event streams the way the ledger does: by deciding commands one after another. Fails the test on a rejection.</summary>
public static class Decided
{
    /// <summary>The events appended by deciding <paramref name="commands"/> in order on top of <paramref name="history"/>, after <paramref name="history"/> itself.</summary>
    public static EventEnvelope[] Events(IEnumerable<EventEnvelope> history, params BudgetCommand[] commands)
    {
        var events = history.ToList();
        events.AddRange(Appended(events, commands));
        return [.. events];
    }

    public static EventEnvelope[] Events(params BudgetCommand[] commands) => Events([], commands);

    /// <summary>Only the events deciding <paramref name="commands"/> on top of <paramref name="history"/> appends.</summary>
    public static IReadOnlyList<EventEnvelope> Appended(IReadOnlyList<EventEnvelope> history, params BudgetCommand[] commands)
    {
        var events = new List<EventEnvelope>(history);
        var appended = new List<EventEnvelope>();
        foreach (var command in commands)
        {
            switch (BudgetDecider.Decide(command, BudgetDecider.Fold(events)))
            {
                case Decision.Accepted accepted:
                    events.AddRange(accepted.Events);
                    appended.AddRange(accepted.Events);
                    break;
                case Decision.Rejected rejected:
                    Assert.Fail($"the history itself was rejected at {command.GetType().Name} {command.Context.Stage}: {rejected.Reason.Message}");
                    break;
            }
        }
        return appended;
    }
}
