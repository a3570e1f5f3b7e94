using Ledger.Domain.Values;

namespace Ledger.Sheets.Budget;

/// <summary>A budget line row read on its own, before the sheet's hierarchy is known.</summary>
internal sealed record BudgetRow(
    Kode Kode,
    string Uraian,
    Money? PrintedPagu,
    IReadOnlyList<IndicatorSpec> Indicators,
    LineAttributes Attributes,
    int Row)
{
    /// <summary>The end-of-Renstra pagu target, when the sheet prints one.</summary>
    public Money? PaguRenstra { get; init; }
}
