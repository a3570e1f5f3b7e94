using Ledger.Application.ReadModels;
using Ledger.Domain.Budget;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Projections;
using Ledger.Projections.Capaian;
using Ledger.Projections.Evaluasi;
using Ledger.Projections.History;
using Ledger.Projections.Perubahan;

namespace Ledger.Application.Tables;

/// <summary>
/// The tables users ask for, from the <see cref="ReadModelCache"/>: a table is built once for each stream version and
/// time slice, and a second request while the stream has not moved reads and folds nothing.
/// </summary>
public sealed class BudgetQueries(ReadModelCache models)
{
    /// <summary>Queries with a cache of their own over the journal's store (one-shot commands).</summary>
    public BudgetQueries(LedgerJournal journal)
        : this(new ReadModelCache(journal.Store))
    {
    }

    public ReadModelCache Models => models;

    public async Task<PerubahanTable> PerubahanAsync(
        string unit, int fiscalYear, Stage? sebelum, Stage? setelah, TimeSlice slice, CancellationToken ct)
    {
        var model = await ExistingAsync(unit, fiscalYear, ct);
        return model.Derived((nameof(PerubahanTable), slice, sebelum, setelah), () =>
            Summed(unit, fiscalYear, () => PerubahanProjection.Build(unit, fiscalYear, model.At(slice), slice, sebelum, setelah)));
    }

    public async Task<CapaianTable> CapaianAsync(string unit, int fiscalYear, TimeSlice slice, PredikatScale scale, CancellationToken ct)
    {
        var model = await ExistingAsync(unit, fiscalYear, ct);
        return model.Derived((nameof(CapaianTable), slice, scale), () =>
            Summed(unit, fiscalYear, () => CapaianProjection.Build(unit, fiscalYear, model.At(slice), slice, scale)));
    }

    /// <summary>The evaluation table; last year's stream, when the ledger has it, gives "realisasi s/d tahun lalu".</summary>
    public async Task<EvaluasiTable> EvaluasiAsync(string unit, int fiscalYear, TimeSlice slice, CancellationToken ct)
    {
        var model = await ExistingAsync(unit, fiscalYear, ct);
        var lastYearModel = await models.GetAsync(unit, fiscalYear - 1, ct);
        return model.Derived((nameof(EvaluasiTable), slice, lastYearModel.Version), () =>
        {
            BudgetState? lastYear = lastYearModel.Events.Count == 0 ? null : lastYearModel.At(slice with { AsOf = null });
            return Summed(unit, fiscalYear, () => EvaluasiProjection.Build(unit, fiscalYear, model.At(slice), lastYear, slice));
        });
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string unit, int fiscalYear, Kode? kode, CancellationToken ct)
    {
        var model = await ExistingAsync(unit, fiscalYear, ct);
        var history = model.Derived((nameof(LineHistory), kode), () => LineHistory.For(model.Events, kode));
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

    private async Task<UnitYearModel> ExistingAsync(string unit, int fiscalYear, CancellationToken ct)
    {
        var model = await models.GetAsync(unit, fiscalYear, ct);
        if (model.Events.Count == 0)
            throw new InputException($"no budget for {unit} {fiscalYear} in this store: import a sheet first (ledger import budget)");
        return model;
    }
}
