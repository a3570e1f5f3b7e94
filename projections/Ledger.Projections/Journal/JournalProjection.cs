using System.Collections.Immutable;
using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Performance;
using Ledger.Projections.Performance;

namespace Ledger.Projections.Journal;

/// <summary>
/// Every projection of the whole journal at once, advanced event by event from a checkpoint: the budget
/// of each unit-year (from which the change tables are built) and the catalogue of units and years.
/// Applying an event at or before the checkpoint does nothing, so a replay can resume anywhere.
/// Not thread-safe: one writer folds it; readers take <see cref="Snapshot"/>.
/// </summary>
public sealed class JournalProjection
{
    private readonly Dictionary<UnitYear, BudgetFold> _budgets = [];

    // The performance framework of each unit-year (ADR 0007), folded from its own events only: the budget's are many,
    // and a read side has no use for the stream's count.
    private readonly Dictionary<UnitYear, PerformanceState> _performance = [];

    // Events come in runs of one stream (an import appends hundreds at once): skip the lookup within a run.
    private BudgetFold? _lastFold;
    private string? _lastUnit;
    private int _lastYear;

    /// <summary>Global position of the last event applied; 0 before the first.</summary>
    public long Checkpoint { get; private set; }

    public long EventsApplied { get; private set; }

    public void Apply(long position, EventEnvelope envelope)
    {
        if (position <= Checkpoint)
            return;
        FoldOf(envelope).Apply(envelope);
        if (envelope.Event is PerformanceEvent)
        {
            var key = new UnitYear(envelope.Unit, envelope.FiscalYear);
            _performance[key] = PerformanceDecider.Evolve(_performance.GetValueOrDefault(key) ?? PerformanceState.Initial, envelope);
        }
        Checkpoint = position;
        EventsApplied++;
    }

    private BudgetFold FoldOf(EventEnvelope envelope)
    {
        if (_lastFold is not null && envelope.FiscalYear == _lastYear && string.Equals(envelope.Unit, _lastUnit, StringComparison.Ordinal))
            return _lastFold;
        var key = new UnitYear(envelope.Unit, envelope.FiscalYear);
        if (!_budgets.TryGetValue(key, out var fold))
            _budgets[key] = fold = new BudgetFold();
        (_lastFold, _lastUnit, _lastYear) = (fold, envelope.Unit, envelope.FiscalYear);
        return fold;
    }

    public BudgetState? Budget(string unit, int fiscalYear) => _budgets.GetValueOrDefault(new UnitYear(unit, fiscalYear))?.ToState();

    /// <summary>
    /// The performance framework of <paramref name="unit"/> as the journal holds it now. Its states count only
    /// performance events: for tables, not for deciding (a decider folds the whole stream).
    /// </summary>
    public UnitPerformance Performance(string unit) => new(
        unit,
        _performance.Where(p => string.Equals(p.Key.Unit, unit, StringComparison.Ordinal)).ToImmutableSortedDictionary(p => p.Key.FiscalYear, p => p.Value));

    /// <summary>Units in name order, each with its fiscal years ascending.</summary>
    public IReadOnlyList<(string Unit, IReadOnlyList<int> Years)> Units() =>
        _budgets.Keys
            .GroupBy(k => k.Unit, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<int>)g.Select(k => k.FiscalYear).Order().ToList()))
            .ToList();

    public IReadOnlyDictionary<UnitYear, BudgetState> Snapshot() => _budgets.ToDictionary(p => p.Key, p => p.Value.ToState());

    /// <summary>How many unit-year streams the projection holds.</summary>
    public int StreamCount => _budgets.Count;
}

/// <summary>The key of a stream: one unit's budget for one fiscal year.</summary>
public readonly record struct UnitYear(string Unit, int FiscalYear);
