using System.Globalization;
using ClosedXML.Excel;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Writing;

namespace Ledger.Sheets.Tests.Writing;

public class XlsxRoundTripTests
{
    private static byte[] Write(TableFormat format)
    {
        var output = new MemoryStream();
        TableWriter.Write(SampleTable.Create(), format, output);
        return output.ToArray();
    }

    [Fact]
    public void An_xlsx_read_back_with_ClosedXML_holds_the_numbers_and_texts_of_the_csv()
    {
        var csv = SheetReader.Read(new MemoryStream(Write(TableFormat.Csv)), "table.csv").ValueOrThrow();
        using var workbook = new XLWorkbook(new MemoryStream(Write(TableFormat.Xlsx)));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(csv.Header, Enumerable.Range(1, csv.Header.Count).Select(c => sheet.Cell(1, c).GetString()));
        foreach (var (row, r) in csv.Rows.Select((row, i) => (row, i + 2)))
        {
            for (var c = 0; c < csv.Header.Count; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                var expected = row.Cell(c);
                if (cell.DataType == XLDataType.Number)
                    Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), (decimal)cell.GetDouble());
                else
                    Assert.Equal(expected, cell.GetString());
            }
        }
    }

    [Fact]
    public void An_xlsx_read_back_by_the_sheet_reader_gives_the_csv_rows()
    {
        var csv = SheetReader.Read(new MemoryStream(Write(TableFormat.Csv)), "table.csv").ValueOrThrow();
        var xlsx = SheetReader.Read(new MemoryStream(Write(TableFormat.Xlsx)), "table.xlsx").ValueOrThrow();
        Assert.Equal(csv.Header, xlsx.Header);
        // Row numbers differ where a csv cell spans lines; percentages only in trailing zeros (100.00 vs 100).
        static IEnumerable<string> Normal(SheetRow row) =>
            row.Cells.Select(c => decimal.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d.ToString("0.############", CultureInfo.InvariantCulture) : c);
        Assert.Equal(csv.Rows.Select(r => string.Join('|', Normal(r))), xlsx.Rows.Select(r => string.Join('|', Normal(r))));
    }

    [Fact]
    public void A_long_title_with_forbidden_characters_makes_a_valid_sheet_name()
    {
        var table = new Table("Capaian: Triwulan [II] / 2020 * Kecamatan Mangkutana?", [new Column("a", CellKind.Text)], []);
        var output = new MemoryStream();
        TableWriter.Write(table, TableFormat.Xlsx, output);
        using var workbook = new XLWorkbook(new MemoryStream(output.ToArray()));
        Assert.Equal("Capaian Triwulan II  2020  Keca", workbook.Worksheet(1).Name);
    }
}
