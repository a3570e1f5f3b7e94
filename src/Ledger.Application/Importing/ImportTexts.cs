namespace Ledger.Application.Importing;

/// <summary>
/// The free texts an import records on every event it makes: the legal basis and the reason. One definition of their
/// limits for every way in (the web form, the HTTP API, the CLI), so none records what another would refuse.
/// </summary>
public static class ImportTexts
{
    /// <summary>Longest basis or reason, in characters: a Perbup's full title fits with room to spare.</summary>
    public const int MaxChars = 300;

    /// <summary>The legal basis trimmed, or null when blank.</summary>
    /// <exception cref="InputException">Longer than <see cref="MaxChars"/>, or holding control characters.</exception>
    public static string? Basis(string? text, string name = "basis") => Checked(text, name);

    /// <summary>The reason trimmed, or null when blank.</summary>
    /// <exception cref="InputException">Longer than <see cref="MaxChars"/>, or holding control characters.</exception>
    public static string? Reason(string? text, string name = "reason") => Checked(text, name);

    private static string? Checked(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        if (trimmed.Length > MaxChars)
            throw new InputException($"{name} is {trimmed.Length} characters long; at most {MaxChars}");
        if (trimmed.Any(char.IsControl))
            throw new InputException($"{name} may not hold line breaks or other control characters");
        return trimmed;
    }
}
