using Ledger.Domain.Values;
using Ledger.Sheets.Writing;

namespace Ledger.Sheets.Tests.Writing;

public class TableTests
{
    private static readonly Column[] Columns = [new("kode", CellKind.Text), new("pagu", CellKind.Money)];

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => new Table("t", Columns, [[Cell.OfText("7.01")]]));

    [Fact]
    public void A_cell_of_the_wrong_kind_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => new Table("t", Columns, [[Cell.OfText("7.01"), Cell.OfText("5")]]));

    [Fact]
    public void A_total_row_outside_the_rows_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Table("t", Columns, [[Cell.OfText("7.01"), Cell.Empty]], totalRowIndex: 1));

    [Fact]
    public void Duplicate_column_names_are_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => new Table("t", [.. Columns, new Column("pagu", CellKind.Money)], []));

    [Fact]
    public void Empty_values_become_the_empty_cell()
    {
        Assert.Same(Cell.Empty, Cell.OfText(""));
        Assert.Same(Cell.Empty, Cell.OfMoney((Money?)null));
        Assert.Same(Cell.Empty, Cell.OfPercent(null));
        Assert.Same(Cell.Empty, Cell.OfNumber(null));
    }

    [Fact]
    public void Percent_cells_are_rounded_to_two_decimals_half_away_from_zero() =>
        Assert.Equal(new PercentCell(96.19m), Cell.OfPercent(96.185m));

    [Theory]
    [InlineData("out/perubahan.md", TableFormat.Md)]
    [InlineData("out/perubahan.MARKDOWN", TableFormat.Md)]
    [InlineData("capaian.csv", TableFormat.Csv)]
    [InlineData("capaian.json", TableFormat.Json)]
    [InlineData("C:\\tabel\\capaian.XLSX", TableFormat.Xlsx)]
    [InlineData("capaian.htm", TableFormat.Html)]
    [InlineData("capaian.html", TableFormat.Html)]
    public void Formats_are_known_by_file_extension(string path, TableFormat expected) =>
        Assert.Equal(expected, TableFormats.FromExtension(path));

    [Theory]
    [InlineData("capaian.pdf")]
    [InlineData("capaian")]
    [InlineData("")]
    public void Other_extensions_name_no_format(string path) => Assert.Null(TableFormats.FromExtension(path));

    [Fact]
    public void Format_names_round_trip() =>
        Assert.All(TableFormats.All, f => Assert.True(TableFormats.TryParse(f.Name(), out var parsed) && parsed == f));
}
