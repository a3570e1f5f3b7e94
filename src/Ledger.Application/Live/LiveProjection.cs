using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Reactive.Threading.Tasks;
using Ledger.Application.ReadModels;
using Ledger.Domain.Budget;
using Ledger.Projections.Journal;
using Ledger.Store;

namespace Ledger.Application.Live;

/// <summary>
/// Keeps every projection of the journal current as events land, from any process: folds the live journal
/// into a <see cref="JournalProjection"/> and publishes each new checkpoint. Readers take snapshots under a
/// lock; one subscription folds. Given a <see cref="ReadModelCache"/>, offers it each event too, so the tables' read
/// models follow the journal as the unit list does. Dispose to stop following.
/// </summary>
public sealed class LiveProjection : IDisposable
{
    private readonly JournalProjection _projection = new();
    private readonly Lock _gate = new();
    private readonly BehaviorSubject<long> _checkpoints = new(0);
    private readonly IDisposable _subscription;

    public LiveProjection(IEventReader reader, IAppendSignal signal, ReadModelCache? models = null)
    {
        _subscription = LiveJournal.Observe(reader, signal, GlobalPosition.Start)
            .Subscribe(
                item =>
                {
                    lock (_gate)
                        _projection.Apply(item.Stored.Position.Value, item.Envelope);
                    models?.Offer(item.Stored, item.Envelope);
                    _checkpoints.OnNext(item.Stored.Position.Value);
                },
                _checkpoints.OnError);
    }

    /// <summary>The position of the last event folded, now and on every change (distinct values only).</summary>
    public IObservable<long> Checkpoints => _checkpoints.DistinctUntilChanged();

    public BudgetState? Budget(string unit, int fiscalYear)
    {
        lock (_gate)
            return _projection.Budget(unit, fiscalYear);
    }

    public IReadOnlyList<(string Unit, IReadOnlyList<int> Years)> Units()
    {
        lock (_gate)
            return _projection.Units();
    }

    /// <summary>Completes when the projection has folded at least up to <paramref name="position"/>.</summary>
    public Task WaitForAsync(long position, CancellationToken ct) =>
        Checkpoints.Where(c => c >= position).FirstAsync().ToTask(ct);

    public void Dispose()
    {
        _subscription.Dispose();
        _checkpoints.OnCompleted();
        _checkpoints.Dispose();
    }
}
