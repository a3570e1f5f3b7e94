using System.Globalization;
using Ledger.Domain.Values;

namespace Ledger.Sheets.Numbers;

/// <summary>Tells grouping marks from the decimal mark in a Rupiah amount and checks the sen are zero.</summary>
internal static class RupiahDigits
{
    /// <summary>
    /// The whole-Rupiah digits of <paramref name="body"/> (digits, dots and commas only), or null
    /// with the reason. With both marks present the last one is the decimal mark (Indonesian
    /// <c>1.234,00</c> or English <c>1,234.00</c>); a mark used more than once groups thousands.
    /// </summary>
    public static string? Whole(string body, out string? whyNot)
    {
        whyNot = null;
        var lastDot = body.LastIndexOf('.');
        var lastComma = body.LastIndexOf(',');
        var decimalAt = -1;
        var groupMark = '\0';
        if (lastDot >= 0 && lastComma >= 0)
        {
            decimalAt = Math.Max(lastDot, lastComma);
            groupMark = lastDot > lastComma ? ',' : '.';
        }
        else if (lastDot >= 0 || lastComma >= 0)
        {
            var mark = lastDot >= 0 ? '.' : ',';
            var at = Math.Max(lastDot, lastComma);
            var count = body.Count(c => c == mark);
            if (count > 1 || NumberText.LoneMarkGroups(body, at))
                groupMark = mark;
            else
                decimalAt = at;
        }
        var integerPart = decimalAt >= 0 ? body[..decimalAt] : body;
        var fraction = decimalAt >= 0 ? body[(decimalAt + 1)..] : "";
        if (!fraction.All(char.IsAsciiDigit))
        {
            whyNot = "has malformed digit grouping";
            return null;
        }
        var digits = groupMark == '\0' ? integerPart : NumberText.Ungroup(integerPart, groupMark);
        if (digits is null || !digits.All(char.IsAsciiDigit) || digits.Length == 0)
        {
            whyNot = "has malformed digit grouping";
            return null;
        }
        if (fraction.Any(c => c != '0'))
        {
            whyNot = $"has sen ({body[decimalAt]}{fraction}); Rupiah amounts in budgets are whole";
            return null;
        }
        return digits;
    }

    /// <summary>The amount, false when it does not fit the ledger's 64-bit Rupiah.</summary>
    public static bool ToMoney(string digits, bool negative, out Money value)
    {
        value = Money.Zero;
        var significant = digits.TrimStart('0');
        if (significant.Length > 19 || !ulong.TryParse(significant.Length == 0 ? "0" : significant,
                NumberStyles.None, CultureInfo.InvariantCulture, out var magnitude))
        {
            return false;
        }
        const ulong minMagnitude = 9_223_372_036_854_775_808UL;
        if (magnitude > (negative ? minMagnitude : long.MaxValue))
            return false;
        value = new Money(negative
            ? (magnitude == minMagnitude ? long.MinValue : -(long)magnitude)
            : (long)magnitude);
        return true;
    }
}
