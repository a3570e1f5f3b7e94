namespace Ledger.Sheets.Reading;

/// <summary>
/// Splits CSV text into records the RFC 4180 way: fields in double quotes may hold delimiters,
/// line breaks and doubled quotes; CRLF, LF and lone CR all end a record. Each record keeps the
/// line number where it starts, so errors point at the row a user sees in a text editor.
/// </summary>
internal sealed class CsvRecords(string fileName, string text, char delimiter)
{
    private int _pos;
    private int _line = 1;

    /// <summary>Why reading stopped early, when the text is malformed.</summary>
    public SheetError? Error { get; private set; }

    /// <summary>Reads the next record; false at the end of the text or on a malformed record (see <see cref="Error"/>).</summary>
    public bool TryNext(out int line, out List<string> cells)
    {
        line = _line;
        cells = [];
        if (_pos >= text.Length || Error is not null)
            return false;
        while (true)
        {
            if (cells.Count >= SheetLimits.MaxColumns)
            {
                Error = SheetError.InRow(fileName, line, $"row has more than {SheetLimits.MaxColumns} cells");
                return false;
            }
            var column = cells.Count + 1;
            var cell = _pos < text.Length && text[_pos] == '"' ? Quoted(line, column) : Plain();
            if (Error is not null)
                return false;
            if (cell.Length > SheetLimits.MaxCellChars)
            {
                Error = SheetError.AtCell(fileName, line, column, "", $"cell is longer than {SheetLimits.MaxCellChars} characters");
                return false;
            }
            cells.Add(cell);
            if (_pos < text.Length && text[_pos] == delimiter)
            {
                _pos++;
                continue;
            }
            EndOfLine();
            return true;
        }
    }

    private string Plain()
    {
        var from = _pos;
        while (_pos < text.Length && text[_pos] != delimiter && text[_pos] is not ('\r' or '\n'))
            _pos++;
        return text[from.._pos];
    }

    private string Quoted(int startLine, int column)
    {
        var value = new System.Text.StringBuilder();
        _pos++;
        while (true)
        {
            if (_pos >= text.Length)
            {
                Error = SheetError.AtCell(fileName, startLine, column, "", "quoted cell is never closed (missing \")");
                return "";
            }
            var c = text[_pos];
            if (c == '"' && _pos + 1 < text.Length && text[_pos + 1] == '"')
            {
                value.Append('"');
                _pos += 2;
                continue;
            }
            if (c == '"')
                break;
            CountLineBreak(c);
            value.Append(c);
            _pos++;
        }
        _pos++;
        if (_pos < text.Length && text[_pos] != delimiter && text[_pos] is not ('\r' or '\n'))
            Error = SheetError.AtCell(fileName, startLine, column, "", "text after the closing quote of a quoted cell");
        return value.ToString();
    }

    private void CountLineBreak(char c)
    {
        var crOfCrLf = c == '\r' && _pos + 1 < text.Length && text[_pos + 1] == '\n';
        if (c == '\n' || (c == '\r' && !crOfCrLf))
            _line++;
    }

    private void EndOfLine()
    {
        if (_pos < text.Length && text[_pos] == '\r')
        {
            _pos++;
            if (_pos < text.Length && text[_pos] == '\n')
                _pos++;
        }
        else if (_pos < text.Length && text[_pos] == '\n')
        {
            _pos++;
        }
        _line++;
    }
}
