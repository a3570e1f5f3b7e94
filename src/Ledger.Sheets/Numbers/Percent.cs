using Ledger.Domain.Values;

namespace Ledger.Sheets.Numbers;

/// <summary>
/// Parses a percentage as printed in a source document: <c>96,35</c>, <c>96,35%</c>, <c>100</c>,
/// or <c>96.35</c> from a typed cell. The value is in percent (96.35), not a fraction.
/// </summary>
public static class Percent
{
    public static bool TryParse(string? text, out decimal value, out string? problem)
    {
        value = 0m;
        if (!QuantityParser.TryParse(text, out var quantity, out problem))
            return false;
        if (quantity.Satuan is not ("" or "%"))
        {
            problem = NumberText.Quote((text ?? "").Trim()) + " is not a percentage";
            return false;
        }
        value = quantity.Value;
        return true;
    }

    public static decimal Parse(string text) =>
        TryParse(text, out var value, out var problem) ? value : throw new FormatException(problem);
}
