using Ledger.Domain.Budget;
using Ledger.Domain.Events;

namespace Ledger.Application.ReadModels;

/// <summary>
/// The cache's slot for one unit-year: its decoded events and the fold over them, extended event by event as the
/// stream grows. Applying an event at or below the version held does nothing, so the live follower and a request that
/// read the same new events can both offer them. Thread-safe (one lock; nothing inside it waits).
/// </summary>
internal sealed class UnitYearEntry(string unit, int fiscalYear, Action<long> folded)
{
    private readonly Lock _gate = new();
    private readonly BudgetFold _fold = new();

    // Grown by copying, never changed below _count: a model handed out keeps a view of the array it was given.
    private EventEnvelope[] _events = new EventEnvelope[16];
    private int _count;
    private UnitYearModel? _model;

    public long Version
    {
        get
        {
            lock (_gate)
                return _count - 1;
        }
    }

    /// <summary>Folds those of <paramref name="events"/> (in version order) that continue the stream from the version held; stops at a gap.</summary>
    public void Apply(IReadOnlyList<(long Version, EventEnvelope Envelope)> events)
    {
        lock (_gate)
        {
            var applied = 0;
            foreach (var (version, envelope) in events)
            {
                if (version < _count)
                    continue;
                if (version != _count)
                    break;
                if (_count == _events.Length)
                    Array.Resize(ref _events, _events.Length * 2);
                _events[_count++] = envelope;
                _fold.Apply(envelope);
                applied++;
            }
            folded(applied);
        }
    }

    /// <summary>The model at the version held; the same object until the stream moves.</summary>
    public UnitYearModel Model()
    {
        lock (_gate)
        {
            if (_model is null || _model.Version != _count - 1)
                _model = new UnitYearModel(unit, fiscalYear, _count - 1, new ArraySegment<EventEnvelope>(_events, 0, _count), _fold.ToState(), folded);
            return _model;
        }
    }
}
