using System.Collections.Concurrent;
using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Projections;

namespace Ledger.Application.ReadModels;

/// <summary>
/// One unit-year's read model at one stream version: its decoded events, oldest first, and the budget folded from all
/// of them. Immutable; what is built from it (a time slice's state, a table) is kept with it, so a second request at
/// the same version builds nothing. Thread-safe.
/// </summary>
public sealed class UnitYearModel
{
    /// <summary>How many derived values (slices, tables) one version keeps before it starts afresh.</summary>
    public const int MaxDerived = 256;

    private readonly ConcurrentDictionary<object, object> _derived = new();
    private readonly Action<long> _folded;

    internal UnitYearModel(string unit, int fiscalYear, long version, IReadOnlyList<EventEnvelope> events, BudgetState budget, Action<long> folded)
    {
        Unit = unit;
        FiscalYear = fiscalYear;
        Version = version;
        Events = events;
        Budget = budget;
        _folded = folded;
    }

    public string Unit { get; }

    public int FiscalYear { get; }

    /// <summary>The stream version of the last event held; -1 when the stream has none.</summary>
    public long Version { get; }

    public IReadOnlyList<EventEnvelope> Events { get; }

    /// <summary>The budget with every event of the stream up to <see cref="Version"/>.</summary>
    public BudgetState Budget { get; }

    /// <summary>
    /// The budget as <paramref name="slice"/> sees it. An as-of or as-known-at slice is not a prefix of the stream
    /// (effective dates arrive out of order), so it is folded afresh, once a version, from the events held here.
    /// </summary>
    public BudgetState At(TimeSlice slice) =>
        slice == TimeSlice.Everything ? Budget : Derived(new SliceKey(slice), () => FoldSlice(slice));

    /// <summary>The value built by <paramref name="build"/> for <paramref name="key"/> at this version, built once (a failure is not kept).</summary>
    public T Derived<T>(object key, Func<T> build)
        where T : notnull
    {
        if (_derived.TryGetValue(key, out var found))
            return (T)found;
        var value = build();
        // A bound on what one version keeps: many distinct slices start the set afresh rather than grow it.
        if (_derived.Count >= MaxDerived)
            _derived.Clear();
        return (T)_derived.GetOrAdd(key, value);
    }

    private BudgetState FoldSlice(TimeSlice slice)
    {
        var state = BudgetAt.Fold(Events, slice);
        _folded(state.EventCount);
        return state;
    }

    private readonly record struct SliceKey(TimeSlice Slice);
}
