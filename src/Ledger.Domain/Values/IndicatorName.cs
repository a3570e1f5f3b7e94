namespace Ledger.Domain.Values;

/// <summary>
/// Indicators are identified within their line by name. Sheets wrap long cells and vary spacing and case
/// ("Jumlah Surat" / "Jumlah  surat"), so names compare by this key: whitespace collapsed, case folded.
/// Folds compare names on every indicator event, so the common cases allocate nothing.
/// </summary>
public static class IndicatorName
{
    /// <summary>The name with runs of whitespace collapsed to one space and trimmed; case kept.</summary>
    public static string Normalize(string name) =>
        IsNormal(name, lowerCase: false) ? name : string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The key names compare by: <see cref="Normalize"/>d and lower-cased.</summary>
    public static string Key(string name) => IsNormal(name, lowerCase: true) ? name : Normalize(name).ToLowerInvariant();

    /// <summary>Same as <c>Key(a) == Key(b)</c>, without building either key.</summary>
    public static bool SameAs(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
            return true;
        var i = SkipSpace(a, 0);
        var j = SkipSpace(b, 0);
        while (i < a.Length && j < b.Length)
        {
            var spaceA = char.IsWhiteSpace(a[i]);
            var spaceB = char.IsWhiteSpace(b[j]);
            if (spaceA != spaceB)
                return false;
            if (spaceA)
            {
                i = SkipSpace(a, i);
                j = SkipSpace(b, j);
                if ((i == a.Length) != (j == b.Length))
                    return false;
                continue;
            }
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
                return false;
            i++;
            j++;
        }
        return SkipSpace(a, i) == a.Length && SkipSpace(b, j) == b.Length;
    }

    private static int SkipSpace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
            from++;
        return from;
    }

    /// <summary>True when the name is its own normal form: single plain spaces between words, none at the ends.</summary>
    private static bool IsNormal(string name, bool lowerCase)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == name.Length - 1 || name[i - 1] == ' '))
                return false;
            if (lowerCase && char.ToLowerInvariant(c) != c)
                return false;
        }
        return true;
    }
}
