using FsCheck.Xunit;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Writing;

namespace Ledger.Sheets.Tests.Reading;

public class CsvPropertyTests
{
    [Property(MaxTest = 500)]
    public bool Reading_any_text_never_throws(string? text)
    {
        var result = SheetReader.ReadCsvText(text ?? "", "any.csv");
        return result.IsOk || result.Error.Message.Length > 0;
    }

    [Property(MaxTest = 300)]
    public bool Text_written_by_the_csv_writer_reads_back_unchanged_but_for_the_quote_mark_before_a_formula(string[]? values)
    {
        var texts = (values ?? []).Take(20).Select(v => new string([.. (v ?? "").Select(c => char.IsSurrogate(c) ? '?' : c)])).ToList();
        var table = new Table("t", [new Column("n", CellKind.Text), new Column("text", CellKind.Text)],
            texts.Select((t, i) => (IReadOnlyList<Cell>)[Cell.OfText("r" + i), Cell.OfText(t)]).ToList());
        var output = new MemoryStream();
        TableWriter.Write(table, TableFormat.Csv, output);
        var sheet = SheetReader.Read(new MemoryStream(output.ToArray()), "t.csv").ValueOrThrow();
        // Text a spreadsheet would take for a formula comes back with the leading ' that neutralises it.
        var expected = texts.Select(t => string.IsNullOrWhiteSpace(t) ? "" : t[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + t : t);
        return sheet.Header.SequenceEqual(["n", "text"])
            && sheet.Rows.Select(r => r.Cell(1)).SequenceEqual(expected);
    }
}
