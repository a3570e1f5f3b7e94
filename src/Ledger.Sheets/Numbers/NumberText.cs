namespace Ledger.Sheets.Numbers;

/// <summary>
/// Splits the digits of a printed number into integer and fraction parts, given which marks group
/// thousands and which is the decimal mark. Shared by the Rupiah, quantity and percent parsers.
/// </summary>
internal static class NumberText
{
    /// <summary>Longest text a number parser looks at; longer is refused rather than scanned.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Checks <c>1.234.567</c>-style grouping (first group 1–3 digits, the others exactly 3) and
    /// returns the digits without the marks; null when the grouping is malformed.
    /// </summary>
    public static string? Ungroup(string integerPart, char groupMark)
    {
        var groups = integerPart.Split(groupMark);
        if (groups[0].Length is < 1 or > 3 || !groups[0].All(char.IsAsciiDigit))
            return null;
        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length != 3 || !groups[i].All(char.IsAsciiDigit))
                return null;
        }
        return string.Concat(groups);
    }

    /// <summary>
    /// Whether a lone mark is a thousands separator: exactly three digits follow it and a proper
    /// first group (1–3 digits, not a bare 0) precedes it. <c>1.234</c> is 1234; <c>1.5</c>,
    /// <c>0.500</c> and <c>1234.567</c> have a decimal point.
    /// </summary>
    public static bool LoneMarkGroups(string body, int markIndex) =>
        body.Length - markIndex - 1 == 3
        && markIndex is >= 1 and <= 3
        && body[0] != '0';

    /// <summary>Shortens text quoted into an error message.</summary>
    public static string Quote(string text)
    {
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        return "'" + shown + "'";
    }

    public static bool OnlyDigitsAndMarks(string body) =>
        body.Length > 0 && body.All(c => char.IsAsciiDigit(c) || c is '.' or ',');
}
