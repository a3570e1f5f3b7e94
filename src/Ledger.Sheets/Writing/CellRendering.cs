using System.Globalization;
using Ledger.Sheets.Numbers;

namespace Ledger.Sheets.Writing;

/// <summary>Cell text in the two styles the writers need: plain for machines, Indonesian for people.</summary>
public static class CellRendering
{
    /// <summary>The words of a text-like cell (text, targets, phrase), or null for a number or an empty cell.</summary>
    public static string? Words(Cell cell) => cell switch
    {
        TextCell t => t.Text,
        TargetsCell t => Numbers.Indonesian.Targets(t.Targets),
        PhraseCell p => Numbers.IndonesianPhrase.Format(p.Phrase),
        _ => null,
    };

    /// <summary>
    /// CSV style: money a plain integer (<c>-336110000</c>), percentages two decimals with a dot
    /// (<c>96.19</c>), other numbers invariant without trailing zeros, empty "".
    /// </summary>
    public static string Plain(Cell cell) => cell switch
    {
        TextCell or TargetsCell or PhraseCell => Words(cell)!,
        MoneyCell m => m.Amount.ToString(),
        PercentCell p => PlainPercent(p.Value),
        NumberCell n => PlainNumber(n.Value),
        EmptyCell => "",
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell, null),
    };

    /// <summary>Indonesian style: <c>Rp 1.234.567</c>, <c>(5.000.000)</c>, <c>103,09%</c>, <c>3.813</c>.</summary>
    public static string Indonesian(Cell cell) => cell switch
    {
        TextCell or TargetsCell or PhraseCell => Words(cell)!,
        MoneyCell m => Numbers.Indonesian.Rupiah(m.Amount),
        PercentCell p => Numbers.Indonesian.Percent(p.Value),
        NumberCell n => Numbers.Indonesian.Decimal(n.Value),
        EmptyCell => "",
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell, null),
    };

    public static string PlainPercent(decimal value) =>
        Numbers.Indonesian.Round2(value).ToString("0.00", CultureInfo.InvariantCulture);

    public static string PlainNumber(decimal value) =>
        value.ToString("0.############", CultureInfo.InvariantCulture);
}
