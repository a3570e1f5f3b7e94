using System.Text;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Tests.Support;

namespace Ledger.Sheets.Tests.Reading;

public class CsvReadingTests
{
    private static Sheet Read(string text) => SheetReader.ReadCsvText(text, "t.csv").ValueOrThrow();

    [Fact]
    public void Given_a_comma_sheet_then_header_and_rows_are_read_with_their_row_numbers()
    {
        var sheet = Read("kode,uraian,pagu\n7.01,Program,\"1.234.567\"\n7.01.01,Kegiatan,5\n");
        Assert.Equal(["kode", "uraian", "pagu"], sheet.Header);
        Assert.Equal([2, 3], sheet.Rows.Select(r => r.RowNumber));
        Assert.Equal(["7.01", "Program", "1.234.567"], sheet.Rows[0].Cells);
    }

    [Fact]
    public void Given_semicolons_in_the_header_then_the_delimiter_is_a_semicolon()
    {
        var sheet = Read("kode;uraian;pagu\r\n7.01;Program, umum;1.234.567,00\r\n");
        Assert.Equal(["7.01", "Program, umum", "1.234.567,00"], sheet.Rows[0].Cells);
    }

    [Fact]
    public void Given_quoted_cells_with_line_breaks_then_rows_are_numbered_where_records_start()
    {
        var sheet = Read("kode,uraian\r\n7.01,\"two\r\nlines\"\r\n\r\n7.02,\"say \"\"hi\"\"\"\r\n7.03,x");
        Assert.Equal([2, 5, 6], sheet.Rows.Select(r => r.RowNumber));
        Assert.Equal("two\r\nlines", sheet.Rows[0].Cells[1]);
        Assert.Equal("say \"hi\"", sheet.Rows[1].Cells[1]);
    }

    [Fact]
    public void Given_blank_lines_and_rows_of_delimiters_then_they_are_skipped_but_counted()
    {
        var sheet = Read("\n kode , URAIAN ,,\n,,,\n\n7.01,a,,\n");
        Assert.Equal(["kode", "URAIAN"], sheet.Header);
        Assert.Equal(2, sheet.HeaderRow);
        Assert.Equal(5, Assert.Single(sheet.Rows).RowNumber);
        Assert.Equal(["7.01", "a"], sheet.Rows[0].Cells);
    }

    [Fact]
    public void Given_lone_carriage_returns_then_they_end_lines()
    {
        var sheet = Read("kode,uraian\r7.01,a\r7.02,b");
        Assert.Equal([2, 3], sheet.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Given_a_byte_order_mark_then_the_first_header_is_clean()
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.File("bom.csv");
        File.WriteAllText(path, "kode,uraian\n7.01,Program Pelayanan\n", new UTF8Encoding(true));
        var sheet = SheetReader.Read(path).ValueOrThrow();
        Assert.Equal("kode", sheet.Header[0]);
        Assert.Equal(path, sheet.FileName);
    }

    [Fact]
    public void Given_empty_cells_beyond_the_header_then_they_are_ignored() =>
        Assert.Equal(["7.01", "a"], Read("kode,uraian\n7.01,a,,, \n").Rows[0].Cells);
}
