using System.Collections.Immutable;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

public static partial class BudgetDecider
{
    /// <summary>Applies one event. Pure; events about unknown lines are ignored so that any filtered subset folds.</summary>
    public static BudgetState Evolve(BudgetState state, EventEnvelope envelope)
    {
        var stage = envelope.Stage;
        var counted = state with { EventCount = state.EventCount + 1 };
        return envelope.Event switch
        {
            BudgetSheetImported e => counted with
            {
                Steps = counted.Steps.Add(new StageStep(stage, envelope.Effective, envelope.Recorded, e.Source, envelope.Basis)),
                LastImports = counted.LastImports.SetItem(BudgetState.BudgetSlot(stage), e.Fingerprint),
            },
            LineOpened e => counted with { Lines = counted.Lines.SetItem(e.Kode, Open(counted.Find(e.Kode), e, stage)) },
            LineDescribed e => Update(counted, e.Kode, line => line with { Uraian = e.Uraian, Attributes = e.Attributes }),
            LineRegrouped e => Update(counted, e.Kode, line => line with { Level = e.Level, Parent = e.Parent }),
            LineRemoved e => Update(counted, e.Kode, line => line with
            {
                Present = line.Present.With(stage, false),
                Pagu = line.Pagu.With(stage, Money.Zero),
            }),
            PaguAllocated e => Update(counted, e.Kode, line => line with { Pagu = line.Pagu.With(stage, e.Pagu) }),
            PaguRevised e => Update(counted, e.Kode, line => line with { Pagu = line.Pagu.With(stage, e.To) }),
            PaguCorrected e => Update(counted, e.Kode, line => line with { Pagu = line.Pagu.With(stage, e.To) }),
            IndicatorDefined e => UpdateIndicators(counted, e.Kode, stage, list => Define(list, e)),
            IndicatorDropped e => UpdateIndicators(counted, e.Kode, stage, list => list.RemoveAll(i => IndicatorName.SameAs(i.Name, e.Indikator))),
            TargetSet e => UpdateIndicators(counted, e.Kode, stage, list => SetTarget(list, e.Indikator, e.Target)),
            TargetRevised e => UpdateIndicators(counted, e.Kode, stage, list => SetTarget(list, e.Indikator, e.To)),
            TargetRenstraSet e => UpdateIndicators(counted, e.Kode, stage, list => SetRenstra(list, e.Indikator, e.Target)),
            PaguRenstraSet e => Update(counted, e.Kode, line => line with { PaguRenstra = e.Pagu }),
            RealisasiSheetImported e => counted with
            {
                Reports = counted.Reports.Add(new ReportStep(envelope.Effective, envelope.Recorded, e.Source)),
                LastImports = counted.LastImports.SetItem(BudgetState.RealisasiSlot(envelope.Effective), e.Fingerprint),
            },
            RealisasiReported e => Update(counted, e.Kode, line => line with { Realisasi = line.Realisasi.SetItem(envelope.Effective, e.Realisasi) }),
            KinerjaReported e => Update(counted, e.Kode, line => line with
            {
                Kinerja = line.Kinerja.SetItem(
                    envelope.Effective,
                    (line.Kinerja.GetValueOrDefault(envelope.Effective) ?? ImmutableDictionary<string, Quantity>.Empty)
                        .SetItem(IndicatorName.Key(e.Indikator), e.Realisasi)),
            }),
            _ => throw new InvalidOperationException($"no fold for {envelope.Event.GetType().Name}"),
        };
    }

    private static LineState Open(LineState? existing, LineOpened e, Stage stage) =>
        existing is null
            ? LineState.Opened(e.Kode, e.Level, e.Parent, e.Uraian, e.Attributes, stage)
            : existing with
            {
                Level = e.Level,
                Parent = e.Parent,
                Uraian = e.Uraian,
                Attributes = e.Attributes,
                Present = existing.Present.With(stage, true),
                // A reopened line starts afresh: what it had before its removal no longer applies.
                Pagu = existing.Pagu.With(stage, Money.Zero),
                Indicators = existing.Indicators.With(stage, []),
            };

    private static BudgetState Update(BudgetState state, Kode kode, Func<LineState, LineState> change) =>
        state.Find(kode) is { } line ? state with { Lines = state.Lines.SetItem(kode, change(line)) } : state;

    private static BudgetState UpdateIndicators(
        BudgetState state, Kode kode, Stage stage, Func<ImmutableList<IndicatorState>, ImmutableList<IndicatorState>> change) =>
        Update(state, kode, line => line with { Indicators = line.Indicators.With(stage, change(line.IndicatorsAt(stage))) });

    private static ImmutableList<IndicatorState> Define(ImmutableList<IndicatorState> list, IndicatorDefined e)
    {
        var index = list.FindIndex(i => IndicatorName.SameAs(i.Name, e.Indikator));
        return index < 0
            ? list.Add(new IndicatorState(e.Indikator, e.Satuan, e.Arah, null))
            : list.SetItem(index, list[index] with { Name = e.Indikator, Satuan = e.Satuan, Arah = e.Arah });
    }

    private static ImmutableList<IndicatorState> SetRenstra(ImmutableList<IndicatorState> list, string indikator, Quantity target)
    {
        var index = list.FindIndex(i => IndicatorName.SameAs(i.Name, indikator));
        return index < 0 ? list : list.SetItem(index, list[index] with { TargetRenstra = target });
    }

    private static ImmutableList<IndicatorState> SetTarget(ImmutableList<IndicatorState> list, string indikator, Quantity target)
    {
        var index = list.FindIndex(i => IndicatorName.SameAs(i.Name, indikator));
        return index < 0 ? list : list.SetItem(index, list[index] with { Target = target });
    }
}
