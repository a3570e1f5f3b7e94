namespace Ledger.Sheets.Writing;

/// <summary>A number other than money or a percentage (a target, a count).</summary>
public sealed record NumberCell(decimal Value) : Cell
{
    public override bool Fits(CellKind kind) => kind == CellKind.Number;
}
