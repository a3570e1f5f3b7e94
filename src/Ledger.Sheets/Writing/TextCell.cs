namespace Ledger.Sheets.Writing;

/// <summary>A text value; <see cref="Cell.OfText"/> turns empty text into <see cref="Cell.Empty"/>.</summary>
public sealed record TextCell(string Text) : Cell
{
    public override bool Fits(CellKind kind) => kind == CellKind.Text;
}
