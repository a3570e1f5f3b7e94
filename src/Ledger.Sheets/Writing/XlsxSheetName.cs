namespace Ledger.Sheets.Writing;

/// <summary>Makes a table title a valid worksheet name.</summary>
internal static class XlsxSheetName
{
    /// <summary>Excel refuses longer names.</summary>
    public const int MaxLength = 31;

    /// <summary>The title without the characters Excel forbids (<c>[]:*?/\</c>), at most 31 characters.</summary>
    public static string From(string title)
    {
        var cleaned = new string(title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c)).ToArray())
            .Trim().Trim('\'');
        if (cleaned.Length > MaxLength)
            cleaned = cleaned[..MaxLength].TrimEnd();
        return cleaned.Length == 0 ? "Tabel" : cleaned;
    }
}
