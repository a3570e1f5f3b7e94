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
}
