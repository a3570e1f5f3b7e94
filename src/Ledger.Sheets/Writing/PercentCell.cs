namespace Ledger.Sheets.Writing;

/// <summary>A percentage in percent (96.19, not 0.9619), rounded to two decimals by <see cref="Cell.OfPercent"/> and by every writer.</summary>
public sealed record PercentCell(decimal Value) : Cell
{
    public override bool Fits(CellKind kind) => kind == CellKind.Percent;
}
