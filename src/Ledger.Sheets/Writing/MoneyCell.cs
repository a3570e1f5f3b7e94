using Ledger.Domain.Values;

namespace Ledger.Sheets.Writing;

/// <summary>Whole Rupiah.</summary>
public sealed record MoneyCell(Money Amount) : Cell
{
    public override bool Fits(CellKind kind) => kind == CellKind.Money;
}
