using System.Collections.Immutable;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Performance;

public static partial class PerformanceDecider
{
    /// <summary>
    /// Applies one event of the stream. Every event counts (ids and the clock rule are the stream's); budget events
    /// change nothing else. Pure; events about unknown indicators are ignored so that any filtered subset folds.
    /// </summary>
    public static PerformanceState Evolve(PerformanceState state, EventEnvelope envelope)
    {
        var last = state.LastRecorded is { } l && l >= envelope.Recorded ? l : envelope.Recorded;
        state = state with { EventCount = state.EventCount + 1, LastRecorded = last };
        return envelope.Event switch
        {
            RenstraSheetImported e => state with
            {
                Renstra = (state.Renstra ?? new RenstraState(e.FirstYear, e.LastYear, [])) with { FirstYear = e.FirstYear, LastYear = e.LastYear },
            },
            RenstraIndicatorDefined e when state.Renstra is { } r => state with { Renstra = r with { Indicators = Define(r.Indicators, e) } },
            RenstraIndicatorDropped e when state.Renstra is { } r => state with
            {
                Renstra = r with { Indicators = r.Indicators.RemoveAll(i => i.Identity == RenstraIndicator.IdentityOf(e.Tujuan, e.Sasaran, e.Indikator)) },
            },
            RenstraValueSet e => ChangeRenstraValue(state, e.Tujuan, e.Sasaran, e.Indikator, v => v.SetItem(e.Slot, e.Value)),
            RenstraValueRevised e => ChangeRenstraValue(state, e.Tujuan, e.Sasaran, e.Indikator, v => v.SetItem(e.Slot, e.To)),
            RenstraValueCleared e => ChangeRenstraValue(state, e.Tujuan, e.Sasaran, e.Indikator, v => v.Remove(e.Slot)),
            PkSheetImported e => state with
            {
                Pk = (state.Pk ?? new PkState(envelope.FiscalYear, e.RenstraFirstYear, [])) with { RenstraFirstYear = e.RenstraFirstYear },
            },
            PkIndicatorDefined e when state.Pk is { } pk => state with { Pk = pk with { Indicators = Define(pk.Indicators, e) } },
            PkIndicatorDropped e when state.Pk is { } pk => state with
            {
                Pk = pk with { Indicators = pk.Indicators.RemoveAll(i => IndicatorMatch.Same(i.Indikator, e.Indikator)) },
            },
            PkTargetSet e => ChangePk(state, e.Indikator, i => i with { Target = e.Target }),
            PkTargetRevised e => ChangePk(state, e.Indikator, i => i with { Target = e.To }),
            PkProgramsAssigned e => ChangePk(state, e.Indikator, i => i with { Programs = e.To }),
            PengukuranReported e => Report(state, envelope, e.Indikator, e.Realisasi),
            PengukuranRevised e => Report(state, envelope, e.Indikator, e.To),
            _ => state,
        };
    }

    /// <summary>Applies events in order from the empty stream.</summary>
    public static PerformanceState Fold(IEnumerable<EventEnvelope> events) => events.Aggregate(PerformanceState.Initial, Evolve);

    private static ImmutableList<RenstraIndicator> Define(ImmutableList<RenstraIndicator> indicators, RenstraIndicatorDefined e)
    {
        var identity = RenstraIndicator.IdentityOf(e.Tujuan, e.Sasaran, e.Indikator);
        var old = indicators.FindIndex(i => i.Identity == identity);
        var values = old < 0 ? ImmutableSortedDictionary<RenstraSlot, Quantity>.Empty : indicators[old].Values;
        var defined = new RenstraIndicator(e.Tujuan, e.Sasaran, e.Indikator, e.Satuan, e.Arah, e.Iku, e.Order, values);
        return Ordered(old < 0 ? indicators.Add(defined) : indicators.SetItem(old, defined), i => i.Order);
    }

    private static ImmutableList<PkIndicator> Define(ImmutableList<PkIndicator> indicators, PkIndicatorDefined e)
    {
        var old = indicators.FindIndex(i => IndicatorMatch.Same(i.Indikator, e.Indikator));
        var defined = old < 0
            ? new PkIndicator(e.Sasaran, e.Indikator, e.Satuan, e.Arah, e.Iku, e.Order, null, KodeList.Empty)
            : indicators[old] with { Sasaran = e.Sasaran, Indikator = e.Indikator, Satuan = e.Satuan, Arah = e.Arah, Iku = e.Iku, Order = e.Order };
        return Ordered(old < 0 ? indicators.Add(defined) : indicators.SetItem(old, defined), i => i.Order);
    }

    // Stable: indicators with equal places keep the order they came in.
    private static ImmutableList<T> Ordered<T>(ImmutableList<T> items, Func<T, int> order) => [.. items.OrderBy(order)];

    private static PerformanceState ChangeRenstraValue(
        PerformanceState state, string tujuan, string? sasaran, string indikator,
        Func<ImmutableSortedDictionary<RenstraSlot, Quantity>, ImmutableSortedDictionary<RenstraSlot, Quantity>> change)
    {
        var identity = RenstraIndicator.IdentityOf(tujuan, sasaran, indikator);
        if (state.Renstra is not { } renstra || renstra.Indicators.FindIndex(i => i.Identity == identity) is var at && at < 0)
            return state;
        var indicator = renstra.Indicators[at];
        return state with { Renstra = renstra with { Indicators = renstra.Indicators.SetItem(at, indicator with { Values = change(indicator.Values) }) } };
    }

    private static PerformanceState ChangePk(PerformanceState state, string indikator, Func<PkIndicator, PkIndicator> change)
    {
        if (state.Pk is not { } pk || pk.Indicators.FindIndex(i => IndicatorMatch.Same(i.Indikator, indikator)) is var at && at < 0)
            return state;
        return state with { Pk = pk with { Indicators = pk.Indicators.SetItem(at, change(pk.Indicators[at])) } };
    }

    private static PerformanceState Report(PerformanceState state, EventEnvelope envelope, string indikator, Quantity realisasi)
    {
        var period = state.ReportedFor(envelope.Effective).SetItem(IndicatorMatch.Key(indikator), realisasi);
        return state with { Pengukuran = state.Pengukuran.SetItem(envelope.Effective, period) };
    }
}
