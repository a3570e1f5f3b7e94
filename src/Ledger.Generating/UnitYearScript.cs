using Ledger.Domain.Budget.Commands;

namespace Ledger.Generating;

/// <summary>
/// Everything the generator writes to one unit-year stream: the budget and realisasi commands, in the order the
/// ledger learns them (by recorded instant). Written one after the other, each decided on the stream including the
/// ones before it, they give the events that importing the sheets they stand for would give.
/// </summary>
public sealed record UnitYearScript(UnitProfile Unit, int FiscalYear, IReadOnlyList<BudgetCommand> Commands)
{
    /// <summary>The budget sheets (murni first), in stream order.</summary>
    public IEnumerable<ImportBudget> Budgets => Commands.OfType<ImportBudget>();

    /// <summary>The four triwulan reports, in stream order.</summary>
    public IEnumerable<ImportRealisasi> Realisasi => Commands.OfType<ImportRealisasi>();
}
