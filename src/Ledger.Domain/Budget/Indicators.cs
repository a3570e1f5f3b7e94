using System.Collections.Immutable;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

/// <summary>Changes to a line's indicator list at one stage, matching indicators by name as users write them.</summary>
internal static class Indicators
{
    public static ImmutableList<IndicatorState> Define(ImmutableList<IndicatorState> list, IndicatorDefined e)
    {
        var index = IndexOf(list, e.Indikator);
        return index < 0
            ? list.Add(new IndicatorState(e.Indikator, e.Satuan, e.Arah, null))
            : list.SetItem(index, list[index] with { Name = e.Indikator, Satuan = e.Satuan, Arah = e.Arah });
    }

    public static ImmutableList<IndicatorState> Drop(ImmutableList<IndicatorState> list, string indikator)
    {
        var index = IndexOf(list, indikator);
        return index < 0 ? list : Drop(list.RemoveAt(index), indikator);
    }

    public static ImmutableList<IndicatorState> SetRenstra(ImmutableList<IndicatorState> list, string indikator, Quantity target)
    {
        var index = IndexOf(list, indikator);
        return index < 0 ? list : list.SetItem(index, list[index] with { TargetRenstra = target });
    }

    public static ImmutableList<IndicatorState> SetTarget(ImmutableList<IndicatorState> list, string indikator, Quantity target)
    {
        var index = IndexOf(list, indikator);
        return index < 0 ? list : list.SetItem(index, list[index] with { Target = target });
    }

    private static int IndexOf(ImmutableList<IndicatorState> list, string indikator)
    {
        var index = 0;
        foreach (var indicator in list)
        {
            if (IndicatorName.SameAs(indicator.Name, indikator))
                return index;
            index++;
        }
        return -1;
    }
}
