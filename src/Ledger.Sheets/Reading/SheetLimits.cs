namespace Ledger.Sheets.Reading;

/// <summary>
/// Upper bounds on what a sheet may hold. A kecamatan budget has tens of lines and a whole
/// province a few thousand; anything far beyond is a wrong file, refused before it eats memory.
/// </summary>
public static class SheetLimits
{
    /// <summary>Largest file read, in bytes.</summary>
    public const int MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>Largest row number read (header included).</summary>
    public const int MaxRows = 100_000;

    /// <summary>Most columns a row may have.</summary>
    public const int MaxColumns = 256;

    /// <summary>Longest cell text, in UTF-16 characters (Excel's own limit).</summary>
    public const int MaxCellChars = 32_767;
}
