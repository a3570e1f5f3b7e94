using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Projections;
using Ledger.Projections.Capaian;
using Ledger.Projections.Evaluasi;
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
        return Summed(unit, fiscalYear, () => PerubahanProjection.Build(unit, fiscalYear, state, slice, sebelum, setelah));
    }

    public async Task<CapaianTable> CapaianAsync(string unit, int fiscalYear, TimeSlice slice, PredikatScale scale, CancellationToken ct)
    {
        var events = await ReadExistingAsync(unit, fiscalYear, ct);
        return Summed(unit, fiscalYear, () => CapaianProjection.Build(unit, fiscalYear, BudgetAt.Fold(events, slice), slice, scale));
    }

    /// <summary>The evaluation table; last year's stream, when the ledger has it, gives "realisasi s/d tahun lalu".</summary>
    public async Task<EvaluasiTable> EvaluasiAsync(string unit, int fiscalYear, TimeSlice slice, CancellationToken ct)
    {
        var events = await ReadExistingAsync(unit, fiscalYear, ct);
        var (lastYearEvents, _) = await journal.ReadStreamAsync(unit, fiscalYear - 1, ct);
        BudgetState? lastYear = lastYearEvents.Count == 0 ? null : BudgetAt.Fold(lastYearEvents, slice with { AsOf = null });
        return Summed(unit, fiscalYear, () => EvaluasiProjection.Build(unit, fiscalYear, BudgetAt.Fold(events, slice), lastYear, slice));
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string unit, int fiscalYear, Kode? kode, CancellationToken ct)
    {
        var events = await ReadExistingAsync(unit, fiscalYear, ct);
        var history = LineHistory.For(events, kode);
        if (kode is { } wanted && history.Count == 0)
            throw new InputException($"kode {wanted} has no events in {unit} {fiscalYear}");
        return history;
    }

    /// <summary>
    /// Builds a table whose sums are checked. The decider keeps every amount and total within
    /// <see cref="BudgetDecider.MaxRupiah"/>; a journal written before that limit may still hold one whose sums
    /// overflow, and then the table is refused in one line, never a stack trace.
    /// </summary>
    private static T Summed<T>(string unit, int fiscalYear, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (OverflowException)
        {
            throw new InputException(
                $"{unit} {fiscalYear}: a total of this table is beyond what the ledger can add up: the journal holds an amount above "
                + $"the {BudgetDecider.MaxRupiah} (10^15) a line may hold, recorded before that limit; find it with ledger history and fix it with ledger correct");
        }
    }

    private async Task<IReadOnlyList<EventEnvelope>> ReadExistingAsync(string unit, int fiscalYear, CancellationToken ct)
    {
        var (events, _) = await journal.ReadStreamAsync(unit, fiscalYear, ct);
        if (events.Count == 0)
            throw new InputException($"no budget for {unit} {fiscalYear} in this store: import a sheet first (ledger import budget)");
        return events;
    }
}
