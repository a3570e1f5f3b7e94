using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

public static partial class BudgetDecider
{
    private static void OpenLine(PlannedLine line, bool hasIndicators, List<BudgetEvent> events)
    {
        events.Add(new LineOpened(line.Kode, line.Level, line.Parent, line.Uraian, line.Attributes));
        if (line.Pagu != Money.Zero)
            events.Add(new PaguAllocated(line.Kode, line.Pagu));
        if (line.PaguRenstra is { } paguRenstra)
            events.Add(new PaguRenstraSet(line.Kode, paguRenstra));
        if (!hasIndicators)
            return;
        foreach (var indicator in line.Indicators)
        {
            events.Add(new IndicatorDefined(line.Kode, indicator.Name, indicator.Satuan, indicator.Arah));
            if (indicator.Target is { } target)
                events.Add(new TargetSet(line.Kode, indicator.Name, target));
            if (indicator.TargetRenstra is { } renstra)
                events.Add(new TargetRenstraSet(line.Kode, indicator.Name, renstra));
        }
    }

    private static void ChangeLine(LineState existing, PlannedLine line, bool hasIndicators, List<BudgetEvent> events)
    {
        if (existing.Uraian != line.Uraian || existing.Attributes != line.Attributes)
            events.Add(new LineDescribed(line.Kode, line.Uraian, line.Attributes));
        if (existing.Parent != line.Parent || existing.Level != line.Level)
            events.Add(new LineRegrouped(line.Kode, line.Level, line.Parent));
        var from = existing.CurrentPagu;
        if (from != line.Pagu)
        {
            events.Add(existing.Pagu.HasAny
                ? new PaguRevised(line.Kode, from, line.Pagu)
                : new PaguAllocated(line.Kode, line.Pagu));
        }
        if (line.PaguRenstra is { } paguRenstra && paguRenstra != existing.PaguRenstra)
            events.Add(new PaguRenstraSet(line.Kode, paguRenstra));
        if (hasIndicators)
            ChangeIndicators(existing, line, events);
    }

    private static void ChangeIndicators(LineState existing, PlannedLine line, List<BudgetEvent> events)
    {
        var current = existing.CurrentIndicators;
        foreach (var indicator in current)
        {
            if (!line.Indicators.Any(i => IndicatorName.SameAs(i.Name, indicator.Name)))
                events.Add(new IndicatorDropped(line.Kode, indicator.Name));
        }
        foreach (var indicator in line.Indicators)
        {
            var was = current.Find(i => IndicatorName.SameAs(i.Name, indicator.Name));
            if (was is null || was.Arah != indicator.Arah || (indicator.Target is not null && was.Satuan != indicator.Satuan))
                events.Add(new IndicatorDefined(line.Kode, indicator.Name, indicator.Satuan, indicator.Arah));
            if (indicator.TargetRenstra is { } renstra && was?.TargetRenstra != renstra)
                events.Add(new TargetRenstraSet(line.Kode, indicator.Name, renstra));
            if (indicator.Target is not { } target || was?.Target == target)
                continue;
            events.Add(was?.Target is { } previous
                ? new TargetRevised(line.Kode, indicator.Name, previous, target)
                : new TargetSet(line.Kode, indicator.Name, target));
        }
    }
}
