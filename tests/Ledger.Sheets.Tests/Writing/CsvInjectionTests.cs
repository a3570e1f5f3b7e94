using System.Text;
using Ledger.Domain.Values;
using Ledger.Sheets.Writing;

namespace Ledger.Sheets.Tests.Writing;

/// <summary>
/// CSV table output opened in a spreadsheet: text that starts like a formula is neutralised with a leading <c>'</c>
/// (OWASP's advice against CSV injection), numbers are left as numbers so scripts still read them (contract §6).
/// </summary>
public sealed class CsvInjectionTests
{
    private static readonly Column[] Columns = [new("uraian", CellKind.Text), new("pagu", CellKind.Money), new("perubahan", CellKind.Number)];

    private static string[] Lines(params IReadOnlyList<Cell>[] rows)
    {
        using var output = new MemoryStream();
        TableWriter.Write(new Table("t", Columns, rows), TableFormat.Csv, output);
        return Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"klik\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"")]
    [InlineData("+62 811", "'+62 811")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tTab", "'\tTab")]
    public void Given_a_text_cell_starting_like_a_formula_when_written_as_csv_then_it_starts_with_a_quote_mark(string text, string written)
    {
        var line = Lines([Cell.OfText(text), Cell.Empty, Cell.Empty]).Single();
        Assert.Equal(written + ",,", line);
    }

    [Fact]
    public void Given_negative_numbers_in_numeric_columns_when_written_as_csv_then_they_stay_plain_numbers()
    {
        var line = Lines([Cell.OfText("Program Uji"), Cell.OfMoney(new Money(-163_455_870)), Cell.OfNumber(-2.5m)]).Single();
        Assert.Equal("Program Uji,-163455870,-2.5", line);
    }

    [Fact]
    public void Given_ordinary_text_when_written_as_csv_then_it_is_unchanged() =>
        Assert.Equal("Belanja 10% - ATK,,", Lines([Cell.OfText("Belanja 10% - ATK"), Cell.Empty, Cell.Empty]).Single());
}
