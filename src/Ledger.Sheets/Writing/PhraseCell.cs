namespace Ledger.Sheets.Writing;

/// <summary>
/// Words with typed values in them (<c>$"pagu {money}"</c>), such as a history entry's description. The values stay
/// Money and Quantity until a writer words them (<see cref="Numbers.IndonesianPhrase"/>), so the application never
/// formats a number.
/// </summary>
public sealed record PhraseCell(FormattableString Phrase) : Cell
{
    public override bool Fits(CellKind kind) => kind == CellKind.Text;
}
