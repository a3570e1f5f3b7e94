namespace Ledger.Domain.Values;

/// <summary>
/// Indicators are identified within their line by name. Sheets wrap long cells and vary spacing and case
/// ("Jumlah Surat" / "Jumlah  surat"), so names compare by this key: whitespace collapsed, case folded.
/// </summary>
public static class IndicatorName
{
    public static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Key(string name) => Normalize(name).ToLowerInvariant();

    public static bool SameAs(string a, string b) => Key(a) == Key(b);
}
