namespace Ledger.Sheets.Reading;

/// <summary>
/// Reads a budget or realisasi sheet from a CSV or XLSX file into a <see cref="Sheet"/> of text cells.
/// The format is told by the content (an XLSX file is a ZIP archive), not trusted from the extension.
/// A missing, unreadable or malformed file is a <see cref="SheetError"/>, never an exception.
/// </summary>
public static class SheetReader
{
    /// <summary>Reads the file at <paramref name="path"/>; errors name the file as given.</summary>
    public static SheetResult<Sheet> Read(string path)
    {
        var source = SheetSource.FromFile(path);
        return source.IsOk ? Read(source.Value) : source.Error;
    }

    /// <summary>Reads a sheet that arrived as a file or an upload; errors carry its <see cref="SheetSource.Name"/>.</summary>
    public static SheetResult<Sheet> Read(SheetSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Read(source.Bytes, source.Name);
    }

    /// <summary>Reads an uploaded sheet; <paramref name="fileName"/> is the name errors carry.</summary>
    public static SheetResult<Sheet> Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > SheetLimits.MaxFileBytes)
                return SheetSource.TooLarge(fileName);
            buffer.Write(chunk, 0, read);
        }
        return Read(buffer.ToArray(), fileName);
    }

    /// <summary>Reads CSV text that is already decoded, as from a test or a text box.</summary>
    public static SheetResult<Sheet> ReadCsvText(string text, string fileName) =>
        CsvSheet.Parse(fileName, text.StartsWith('\uFEFF') ? text[1..] : text);

    private static SheetResult<Sheet> Read(byte[] bytes, string fileName)
    {
        if (StartsWith(bytes, 0x50, 0x4B, 0x03, 0x04))
            return XlsxSheet.Read(fileName, bytes);
        if (StartsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0))
            return SheetError.InFile(fileName, "is an old Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV UTF-8");
        var text = Utf8Text.Decode(fileName, bytes);
        return text.IsOk ? CsvSheet.Parse(fileName, text.Value) : text.Error;
    }

    private static bool StartsWith(byte[] bytes, params byte[] magic) =>
        bytes.Length >= magic.Length && bytes.AsSpan(0, magic.Length).SequenceEqual(magic);
}
