namespace Ledger.Sheets.Writing;

/// <summary>No value; fits any column. Use <see cref="Cell.Empty"/>.</summary>
public sealed record EmptyCell : Cell
{
    internal EmptyCell()
    {
    }

    public override bool Fits(CellKind kind) => true;
}
