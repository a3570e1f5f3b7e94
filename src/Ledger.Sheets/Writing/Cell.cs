using Ledger.Domain.Values;
using Ledger.Sheets.Numbers;

namespace Ledger.Sheets.Writing;

/// <summary>
/// One value of a table: <see cref="TextCell"/> (and the text-like <see cref="TargetsCell"/> and <see cref="PhraseCell"/>), <see cref="MoneyCell"/>, <see cref="PercentCell"/>,
/// <see cref="NumberCell"/> or <see cref="EmptyCell"/>. Closed: writers switch over exactly these.
/// </summary>
public abstract record Cell
{
    private protected Cell()
    {
    }

    /// <summary>The empty cell (an absent value; JSON <c>null</c>).</summary>
    public static readonly Cell Empty = new EmptyCell();

    /// <summary>Text; null or "" is <see cref="Empty"/>.</summary>
    public static Cell OfText(string? text) => string.IsNullOrEmpty(text) ? Empty : new TextCell(text);

    public static Cell OfMoney(Money amount) => new MoneyCell(amount);

    /// <summary>Rupiah, or <see cref="Empty"/> when there is none.</summary>
    public static Cell OfMoney(Money? amount) => amount is { } a ? new MoneyCell(a) : Empty;

    /// <summary>A percentage, rounded to two decimals half away from zero; null is <see cref="Empty"/>.</summary>
    public static Cell OfPercent(decimal? percent) =>
        percent is { } p ? new PercentCell(Indonesian.Round2(p)) : Empty;

    /// <summary>Targets aligned with a line's indicators (null where one has none); none at all is <see cref="Empty"/>.</summary>
    public static Cell OfTargets(IReadOnlyList<Quantity?>? targets) =>
        targets is { Count: > 0 } t ? new TargetsCell(t) : Empty;

    /// <summary>Words with typed values in them, worded by the writer.</summary>
    public static Cell OfPhrase(FormattableString phrase) => new PhraseCell(phrase);

    /// <summary>A number as is; null is <see cref="Empty"/>.</summary>
    public static Cell OfNumber(decimal? number) => number is { } n ? new NumberCell(n) : Empty;

    /// <summary>Whether this cell may stand in a column of <paramref name="kind"/>.</summary>
    public abstract bool Fits(CellKind kind);
}
