using System.Text;

namespace Ledger.Domain.Performance;

/// <summary>
/// How a PK or kinerja row finds its indicator (contract §9.2): names compare ignoring case, spacing and
/// punctuation; where none matches, the closest name (fewest edits between the keys) is offered.
/// </summary>
public static class IndicatorMatch
{
    /// <summary>The letters and digits of <paramref name="name"/>, lower-cased: equal keys name the same indicator.</summary>
    public static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
                key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> name the same indicator.</summary>
    public static bool Same(string a, string b) => Key(a) == Key(b);

    /// <summary>The name of <paramref name="names"/> closest to <paramref name="name"/>; null when there are none.</summary>
    public static string? Closest(string name, IEnumerable<string> names)
    {
        var key = Cut(Key(name));
        return names.Select(n => (Name: n, Distance: Distance(key, Cut(Key(n)))))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name).FirstOrDefault();
    }

    /// <summary>The longest part of a key the edit distance looks at: names differ long before, and a huge cell stays cheap.</summary>
    private const int MaxCompared = 200;

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
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
