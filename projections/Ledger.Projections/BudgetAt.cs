using Ledger.Domain.Budget;
using Ledger.Domain.Events;

namespace Ledger.Projections;

/// <summary>A unit-year's budget as it stood in a <see cref="TimeSlice"/>: the decider's own fold over the events the slice includes.</summary>
public static class BudgetAt
{
    public static BudgetState Fold(IEnumerable<EventEnvelope> stream, TimeSlice slice)
    {
        var fold = new BudgetFold();
        foreach (var envelope in stream)
        {
            if (slice.Includes(envelope))
                fold.Apply(envelope);
        }
        return fold.ToState();
    }
}
