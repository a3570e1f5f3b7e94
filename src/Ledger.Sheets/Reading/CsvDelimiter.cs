namespace Ledger.Sheets.Reading;

/// <summary>Finds the field delimiter of a CSV text from its header line.</summary>
internal static class CsvDelimiter
{
    /// <summary>
    /// <c>;</c> when the first non-blank line has more semicolons than commas outside quotes, else <c>,</c>.
    /// Excel under an Indonesian locale writes <c>;</c> because <c>,</c> is the decimal mark there.
    /// </summary>
    public static char Detect(string text)
    {
        var commas = 0;
        var semicolons = 0;
        var inQuotes = false;
        var sawContent = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\r' or '\n')
            {
                if (sawContent)
                    break;
            }
            else if (!inQuotes && c == ',')
            {
                commas++;
            }
            else if (!inQuotes && c == ';')
            {
                semicolons++;
            }
            sawContent |= !char.IsWhiteSpace(c);
        }
        return semicolons > commas ? ';' : ',';
    }
}
