using System.Text;

namespace Ledger.Sheets.Performance;

/// <summary>
/// How the performance sheets match indicator names (contract §9.2): ignoring case, spacing and punctuation, so
/// "Indeks Kepuasan Masyarakat (IKM)" and "indeks kepuasan masyarakat IKM" are one indicator. The key keeps letters
/// and digits only, lower-cased, words separated by one space.
/// </summary>
public static class IndicatorKey
{
    /// <summary>The key two names are compared by.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = new StringBuilder(name.Length);
        var gap = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && key.Length > 0)
                    key.Append(' ');
                key.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }
        return key.ToString();
    }

    /// <summary>Whether two names name the same indicator.</summary>
    public static bool Same(string a, string b) => string.Equals(Of(a), Of(b), StringComparison.Ordinal);

    /// <summary>Longest part of a key the edit distance looks at; names differ long before that.</summary>
    public const int MaxCompared = 200;

    /// <summary>
    /// The candidate closest to <paramref name="name"/> by edit distance between keys (the first of equals), for an
    /// error that says what a mistyped name probably meant; null when there are no candidates.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var key = Cut(Of(name));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(key, Cut(Of(candidate)));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static string Cut(string key) => key.Length > MaxCompared ? key[..MaxCompared] : key;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
