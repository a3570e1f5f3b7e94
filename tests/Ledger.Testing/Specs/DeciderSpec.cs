using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;

namespace Ledger.Testing.Specs;

/// <summary>
/// Given events / When command / Then events or rejection, for <see cref="BudgetDecider"/>:
/// <c>Given(History(murni)).When(perubahan).ThenChanges(new PaguRevised(...))</c>.
/// Events are compared as <see cref="BudgetEvent"/> records, in order; every envelope must carry the
/// command's context (stage, effective, recorded, unit, year, basis, reason, actor). Ids are not compared
/// here: <c>EventIdSpecs</c> of the domain tests covers them.
/// </summary>
public static class DeciderSpec
{
    public static GivenHistory Given(params EventEnvelope[] history) => new(history);

    /// <summary>The events that deciding <paramref name="commands"/> one after another appends; fails on a rejection.</summary>
    public static EventEnvelope[] History(params BudgetCommand[] commands) => Decided.Events(commands);
}
