using Ledger.Domain.Values;
using Ledger.Sheets.Budget;
using Ledger.Sheets.Realisasi;

namespace Ledger.Sheets.Checks;

/// <summary>
/// What a realisasi sheet's printed figures should be, summed over the leaves below each line.
/// With a budget sheet the leaves are the budget's: a realisasi sheet may leave out lines (nothing
/// spent, nothing reported), and a leaf it leaves out counts 0. Without one, or for a kode the
/// budget does not have, the sheet's own hierarchy is all there is. Only leaves contribute: a
/// parent's printed realisasi is a total to check, never an amount to add.
/// </summary>
internal sealed class RealisasiSums
{
    private readonly Dictionary<Kode, decimal> _ownRealisasi;
    private readonly Dictionary<Kode, BudgetLine> _budgetLines = [];
    private readonly Dictionary<Kode, decimal> _budgetRealisasi = [];
    private readonly Dictionary<Kode, decimal> _budgetPagu = [];

    public RealisasiSums(RealisasiSheet sheet, BudgetSheet? budget)
    {
        _ownRealisasi = SubtreeSums.Compute(sheet.Lines, l => l.Kode, l => l.Parent, l => l.IsLeaf, Amount);
        if (budget is null)
        {
            LeafTotal = sheet.Lines.Where(l => l.IsLeaf).Sum(Amount);
            return;
        }
        var reported = sheet.Lines.ToDictionary(l => l.Kode);
        decimal Reported(BudgetLine leaf) => reported.TryGetValue(leaf.Kode, out var line) ? Amount(line) : 0m;
        _budgetLines = budget.Lines.ToDictionary(l => l.Kode);
        _budgetRealisasi = SubtreeSums.Compute(budget.Lines, l => l.Kode, l => l.Parent, l => l.IsLeaf, Reported);
        _budgetPagu = SubtreeSums.Compute(budget.Lines, l => l.Kode, l => l.Parent, l => l.IsLeaf, l => l.Pagu.Rupiah);
        LeafTotal = budget.Lines.Where(l => l.IsLeaf).Sum(Reported);
    }

    /// <summary>The realisasi of all leaves: what a printed JUMLAH should be.</summary>
    public decimal LeafTotal { get; }

    /// <summary>The budget's line for a kode, or null (no budget, or a kode the budget does not have).</summary>
    public BudgetLine? Budgeted(Kode kode) => _budgetLines.GetValueOrDefault(kode);

    /// <summary>Whether the line's printed realisasi is a total: it has leaves below it.</summary>
    public bool IsTotal(RealisasiLine line) => Budgeted(line.Kode) is { } budgeted ? !budgeted.IsLeaf : !line.IsLeaf;

    /// <summary>Σ realisasi of the leaves below the line (the line's own on a leaf).</summary>
    public decimal Realisasi(RealisasiLine line) =>
        _budgetRealisasi.TryGetValue(line.Kode, out var viaBudget) ? viaBudget : _ownRealisasi[line.Kode];

    /// <summary>Σ pagu of the same leaves as <see cref="Realisasi"/>; null without a budget line to take it from.</summary>
    public decimal? Pagu(RealisasiLine line) => _budgetPagu.TryGetValue(line.Kode, out var pagu) ? pagu : null;

    // An empty cell and a printed "-" on a leaf both mean nothing spent.
    private static decimal Amount(RealisasiLine line) => line.Realisasi?.Rupiah ?? 0m;
}
