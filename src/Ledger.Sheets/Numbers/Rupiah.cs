using Ledger.Domain.Values;

namespace Ledger.Sheets.Numbers;

/// <summary>
/// Parses Rupiah amounts as budget documents print them: <c>1.234.567</c>, <c>1,234,567</c>,
/// <c>Rp 1.234.567,00</c>, <c>Rp. 1.234.567</c>, <c>1.234.567,-</c>, <c>(5.000.000)</c> and
/// <c>-5.000.000</c> (negative), <c>-</c> or empty (zero), <c>1234567</c> and <c>1234567.0</c>
/// (from typed spreadsheet cells). Budget Rupiah are whole: non-zero sen are refused.
/// </summary>
public static class Rupiah
{
    public static bool TryParse(string? text, out Money value, out string? problem)
    {
        value = Money.Zero;
        problem = null;
        var original = (text ?? "").Trim();
        if (original.Length > NumberText.MaxLength)
            return Fail(original, "is too long to be a Rupiah amount", out problem);
        if (original.Length == 0 || original is "-" or "–" or "—")
            return true;
        var s = original;
        var negative = false;
        if (s.StartsWith('(') && s.EndsWith(')'))
        {
            negative = true;
            s = s[1..^1].Trim();
        }
        s = StripSign(s, ref negative);
        if (s.StartsWith("rp", StringComparison.OrdinalIgnoreCase))
            s = s[2..].TrimStart('.').Trim();
        s = StripSign(s, ref negative);
        if (s.EndsWith(",-", StringComparison.Ordinal) || s.EndsWith(".-", StringComparison.Ordinal))
            s = s[..^2];
        if (!NumberText.OnlyDigitsAndMarks(s) || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
            return Fail(original, "is not a Rupiah amount", out problem);
        var digits = RupiahDigits.Whole(s, out var whyNot);
        if (digits is null)
            return Fail(original, whyNot!, out problem);
        if (!RupiahDigits.ToMoney(digits, negative, out value))
            return Fail(original, "is too large for a Rupiah amount", out problem);
        return true;
    }

    public static Money Parse(string text) =>
        TryParse(text, out var value, out var problem) ? value : throw new FormatException(problem);

    private static string StripSign(string s, ref bool negative)
    {
        if (!negative && s.Length > 1 && s[0] is '-' or '−')
        {
            negative = true;
            return s[1..].Trim();
        }
        return s;
    }

    private static bool Fail(string original, string what, out string? problem)
    {
        problem = NumberText.Quote(original) + " " + what;
        return false;
    }
}
