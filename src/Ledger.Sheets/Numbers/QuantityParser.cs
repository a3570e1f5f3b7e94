using System.Globalization;
using Ledger.Domain.Values;

namespace Ledger.Sheets.Numbers;

/// <summary>
/// Parses a performance figure, a number with an optional unit: <c>2 Orang</c>, <c>100%</c>,
/// <c>95 %</c>, <c>78,5</c>, <c>3.813 Porsi</c>, <c>0,38 rasio</c>. Indonesian convention: <c>,</c>
/// is the decimal mark and <c>.</c> groups thousands, except that a dot not followed by exactly
/// three digits is a decimal point (<c>1.5</c>, as typed spreadsheet cells read).
/// </summary>
public static class QuantityParser
{
    public static bool TryParse(string? text, out Quantity quantity, out string? problem)
    {
        quantity = default;
        problem = null;
        var s = (text ?? "").Trim();
        if (s.Length > NumberText.MaxLength * 2)
            return Fail(s, "is too long to be a number with a unit", out problem);
        var end = 0;
        if (end < s.Length && s[end] is '-' or '−' or '+')
            end++;
        var digitsFrom = end;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] is '.' or ','))
            end++;
        var body = s[digitsFrom..end];
        if (body.Length == 0 || !char.IsAsciiDigit(body[0]) || !char.IsAsciiDigit(body[^1]))
            return Fail(s, "is not a number with an optional unit", out problem);
        var satuan = string.Join(' ', s[end..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (satuan.Length > 0 && (char.IsAsciiDigit(satuan[0]) || satuan[0] is '.' or ',' or '-' or '+'))
            return Fail(s, "is not a number with an optional unit", out problem);
        var invariant = Invariant(body);
        if (invariant is null)
            return Fail(s, "has malformed digit grouping", out problem);
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return Fail(s, "is too large a number", out problem);
        quantity = new Quantity(s[0] is '-' or '−' && value != 0 ? -value : value, satuan);
        return true;
    }

    public static Quantity Parse(string text) =>
        TryParse(text, out var quantity, out var problem) ? quantity : throw new FormatException(problem);

    /// <summary>The number in invariant form (<c>1234.5</c>), or null when its marks are malformed.</summary>
    internal static string? Invariant(string body)
    {
        var comma = body.IndexOf(',');
        if (comma >= 0)
        {
            if (body.LastIndexOf(',') != comma)
                return null;
            var whole = body[..comma];
            var fraction = body[(comma + 1)..];
            if (fraction.Contains('.'))
                return null;
            var digits = whole.Contains('.') ? NumberText.Ungroup(whole, '.') : whole;
            return digits is null ? null : digits + "." + fraction;
        }
        var dots = body.Count(c => c == '.');
        if (dots == 0)
            return body;
        if (dots > 1)
            return NumberText.Ungroup(body, '.');
        var dot = body.IndexOf('.');
        return NumberText.LoneMarkGroups(body, dot) ? body.Remove(dot, 1) : body;
    }

    private static bool Fail(string text, string what, out string? problem)
    {
        problem = NumberText.Quote(text) + " " + what;
        return false;
    }
}
