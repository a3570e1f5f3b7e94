using System.Text;

namespace Ledger.Sheets.Reading;

/// <summary>Decodes CSV bytes as strict UTF-8, with or without a byte order mark.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SheetResult<string> Decode(string fileName, byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException bad)
        {
            // Guessing a legacy code page would silently change names; better to say how to fix the file.
            var offset = Math.Clamp(start + bad.Index, 0, bytes.Length);
            var row = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
            return SheetError.InRow(fileName, row, "the file is not UTF-8 text; save it from Excel as \"CSV UTF-8\"");
        }
    }
}
