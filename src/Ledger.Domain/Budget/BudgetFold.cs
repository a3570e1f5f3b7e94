using System.Collections.Immutable;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

/// <summary>
/// Folds events into a <see cref="BudgetState"/> in place: the one implementation of the budget's fold,
/// behind <see cref="BudgetDecider.Evolve"/> and <see cref="BudgetDecider.Fold"/>. Changed lines are kept in
/// a hash map over the state's sorted lines and merged into them by <see cref="ToState"/>: folding a long
/// stream costs one hash lookup per event instead of a walk down the sorted tree, and handing out the
/// state sorts each changed line once. The same events from the same state always give the same state.
/// Not thread-safe: one folder at a time.
/// </summary>
public sealed class BudgetFold
{
    private readonly Dictionary<Kode, LineState> _changed = [];
    private readonly ImmutableList<StageStep>.Builder _steps;
    private readonly ImmutableList<ReportStep>.Builder _reports;
    private readonly ImmutableDictionary<string, string>.Builder _lastImports;
    private ImmutableSortedDictionary<Kode, LineState> _lines;
    private NodaTime.Instant? _lastRecorded;

    /// <summary>A fold from the empty stream.</summary>
    public BudgetFold()
        : this(BudgetState.Initial)
    {
    }

    /// <summary>A fold that goes on from <paramref name="from"/>.</summary>
    public BudgetFold(BudgetState from)
    {
        _lines = from.Lines;
        _steps = from.Steps.ToBuilder();
        _reports = from.Reports.ToBuilder();
        _lastImports = from.LastImports.ToBuilder();
        EventCount = from.EventCount;
        _lastRecorded = from.LastRecorded;
    }

    /// <summary>Events folded so far, those of the starting state included.</summary>
    public long EventCount { get; private set; }

    /// <summary>The state so far; later <see cref="Apply"/> calls do not change it.</summary>
    public BudgetState ToState()
    {
        if (_changed.Count > 0)
        {
            _lines = _lines.IsEmpty ? ImmutableSortedDictionary.CreateRange(_changed) : _lines.SetItems(_changed);
            _changed.Clear();
        }
        return new(_lines, _steps.ToImmutable(), _lastImports.ToImmutable(), EventCount) { Reports = _reports.ToImmutable(), LastRecorded = _lastRecorded };
    }

    /// <summary>Applies one event; events about unknown lines are ignored so that any filtered subset folds.</summary>
    public void Apply(EventEnvelope envelope)
    {
        var stage = envelope.Stage;
        EventCount++;
        // The latest, not the last: a journal written before instants were checked may hold one that ran backwards.
        if (_lastRecorded is not { } last || envelope.Recorded > last)
            _lastRecorded = envelope.Recorded;
        switch (envelope.Event)
        {
            case BudgetSheetImported e:
                _steps.Add(new StageStep(stage, envelope.Effective, envelope.Recorded, e.Source, envelope.Basis));
                _lastImports[BudgetState.BudgetSlot(stage)] = e.Fingerprint;
                break;
            case RealisasiSheetImported e:
                _reports.Add(new ReportStep(envelope.Effective, envelope.Recorded, e.Source));
                _lastImports[BudgetState.RealisasiSlot(envelope.Effective)] = e.Fingerprint;
                break;
            case PerformanceEvent:
                // The performance framework shares the stream (ADR 0007); it changes nothing of the budget.
                break;
            case LineOpened e:
                _changed[e.Kode] = Open(Find(e.Kode), e, stage);
                break;
            case { Line: { } kode } e:
                if (Find(kode) is { } line)
                    _changed[kode] = Change(line, e, envelope);
                break;
            default:
                throw new InvalidOperationException($"no fold for {envelope.Event.GetType().Name}");
        }
    }

    private LineState? Find(Kode kode) => _changed.TryGetValue(kode, out var line) ? line : _lines.GetValueOrDefault(kode);

    private static LineState Change(LineState line, BudgetEvent @event, EventEnvelope envelope)
    {
        var stage = envelope.Stage;
        return @event switch
        {
            LineDescribed e => line with { Uraian = e.Uraian, Attributes = e.Attributes },
            LineRegrouped e => line with { Level = e.Level, Parent = e.Parent },
            LineRemoved => line with { Present = line.Present.With(stage, false), Pagu = line.Pagu.With(stage, Money.Zero) },
            PaguAllocated e => line with { Pagu = line.Pagu.With(stage, e.Pagu) },
            PaguRevised e => line with { Pagu = line.Pagu.With(stage, e.To) },
            PaguCorrected e => line with { Pagu = line.Pagu.With(stage, e.To) },
            PaguRenstraSet e => line with { PaguRenstra = e.Pagu },
            RealisasiReported e => line with { Realisasi = line.Realisasi.SetItem(envelope.Effective, e.Realisasi) },
            KinerjaReported e => line with { Kinerja = line.Kinerja.SetItem(envelope.Effective, KinerjaAt(line, envelope, e)) },
            _ => line with { Indicators = line.Indicators.With(stage, ChangeIndicators(line.IndicatorsAt(stage), @event)) },
        };
    }

    private static ImmutableList<IndicatorState> ChangeIndicators(ImmutableList<IndicatorState> list, BudgetEvent @event) => @event switch
    {
        IndicatorDefined e => Indicators.Define(list, e),
        IndicatorDropped e => Indicators.Drop(list, e.Indikator),
        TargetSet e => Indicators.SetTarget(list, e.Indikator, e.Target),
        TargetRevised e => Indicators.SetTarget(list, e.Indikator, e.To),
        TargetRenstraSet e => Indicators.SetRenstra(list, e.Indikator, e.Target),
        _ => throw new InvalidOperationException($"no fold for {@event.GetType().Name}"),
    };

    private static ImmutableDictionary<string, Quantity> KinerjaAt(LineState line, EventEnvelope envelope, KinerjaReported e) =>
        (line.Kinerja.GetValueOrDefault(envelope.Effective) ?? ImmutableDictionary<string, Quantity>.Empty)
            .SetItem(IndicatorName.Key(e.Indikator), e.Realisasi);

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
}
