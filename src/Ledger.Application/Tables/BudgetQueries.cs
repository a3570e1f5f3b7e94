using Ledger.Application.Journal;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections;
using Ledger.Projections.History;
using Ledger.Projections.Perubahan;

namespace Ledger.Application.Tables;

/// <summary>Reads a unit-year's stream and folds it into the tables users ask for.</summary>
public sealed class BudgetQueries(LedgerJournal journal)
{
    public async Task<PerubahanTable> PerubahanAsync(
        string unit, int fiscalYear, Stage? sebelum, Stage? setelah, TimeSlice slice, CancellationToken ct)
    {
        var events = await ReadExistingAsync(unit, fiscalYear, ct);
        var state = BudgetAt.Fold(events, slice);
        return PerubahanProjection.Build(unit, fiscalYear, state, slice, sebelum, setelah);
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string unit, int fiscalYear, Kode? kode, CancellationToken ct)
    {
        var events = await ReadExistingAsync(unit, fiscalYear, ct);
        var history = LineHistory.For(events, kode);
        if (kode is { } wanted && history.Count == 0)
            throw new InputException($"kode {wanted} has no events in {unit} {fiscalYear}");
        return history;
    }

    private async Task<IReadOnlyList<EventEnvelope>> ReadExistingAsync(string unit, int fiscalYear, CancellationToken ct)
    {
        var (events, _) = await journal.ReadStreamAsync(unit, fiscalYear, ct);
        if (events.Count == 0)
            throw new InputException($"no budget for {unit} {fiscalYear} in this store: import a sheet first (ledger import budget)");
        return events;
    }
}
