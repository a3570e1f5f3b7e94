using ClosedXML.Excel;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Tests.Support;

namespace Ledger.Sheets.Tests.Reading;

public sealed class XlsxReadingTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Workbook(Action<IXLWorksheet> fill, string name = "sheet.xlsx")
    {
        var path = _scratch.File(name);
        using var workbook = new XLWorkbook();
        fill(workbook.Worksheets.Add("Anggaran"));
        workbook.Worksheets.Add("Lain").Cell(1, 1).SetValue("ignored");
        // ClosedXML insists on an Excel extension; the file is renamed afterwards where a test needs another.
        workbook.SaveAs(path + ".xlsx");
        File.Move(path + ".xlsx", path);
        return path;
    }

    [Fact]
    public void Given_typed_numbers_then_they_read_in_invariant_culture_without_grouping()
    {
        var path = Workbook(ws =>
        {
            ws.Cell(1, 1).SetValue(" Kode ");
            ws.Cell(1, 2).SetValue("pagu");
            ws.Cell(1, 3).SetValue("target");
            ws.Cell(2, 1).SetValue("7.01");
            ws.Cell(2, 2).SetValue(1234567);
            ws.Cell(2, 2).Style.NumberFormat.Format = "#,##0";
            ws.Cell(2, 3).SetValue(78.5);
            ws.Cell(3, 1).SetValue("7.02");
            ws.Cell(3, 2).SetValue(0.1 + 0.2);
            ws.Cell(3, 3).SetValue(1e20);
        });
        var sheet = SheetReader.Read(path).ValueOrThrow();
        Assert.Equal(["Kode", "pagu", "target"], sheet.Header);
        Assert.Equal(["7.01", "1234567", "78.5"], sheet.Rows[0].Cells);
        Assert.Equal(["7.02", "0.3", "100000000000000000000"], sheet.Rows[1].Cells);
    }

    [Fact]
    public void Given_blank_rows_and_gaps_then_rows_keep_their_numbers_and_gaps_are_empty()
    {
        var path = Workbook(ws =>
        {
            ws.Cell(2, 1).SetValue("kode");
            ws.Cell(2, 2).SetValue("uraian");
            ws.Cell(2, 3).SetValue("pagu");
            ws.Cell(5, 1).SetValue("7.01");
            ws.Cell(5, 3).SetValue(5);
        });
        var sheet = SheetReader.Read(path).ValueOrThrow();
        Assert.Equal(2, sheet.HeaderRow);
        var row = Assert.Single(sheet.Rows);
        Assert.Equal(5, row.RowNumber);
        Assert.Equal(["7.01", "", "5"], row.Cells);
    }

    [Fact]
    public void Given_percent_formats_booleans_and_dates_then_they_read_as_shown()
    {
        var path = Workbook(ws =>
        {
            ws.Cell(1, 1).SetValue("a");
            ws.Cell(1, 2).SetValue("b");
            ws.Cell(1, 3).SetValue("c");
            ws.Cell(2, 1).SetValue(0.9635);
            ws.Cell(2, 1).Style.NumberFormat.Format = "0.00%";
            ws.Cell(2, 2).SetValue(false);
            ws.Cell(2, 3).SetValue(new DateTime(2020, 6, 30));
        });
        Assert.Equal(["96.35%", "FALSE", "2020-06-30"], SheetReader.Read(path).ValueOrThrow().Rows[0].Cells);
    }

    [Fact]
    public void Given_an_xlsx_named_csv_then_the_content_decides()
    {
        var path = Workbook(ws =>
        {
            ws.Cell(1, 1).SetValue("kode");
            ws.Cell(2, 1).SetValue("7.01");
        }, "misnamed.csv");
        Assert.Equal("7.01", SheetReader.Read(path).ValueOrThrow().Rows[0].Cells[0]);
    }

    [Fact]
    public void Given_a_row_longer_than_the_header_then_it_is_an_error()
    {
        var path = Workbook(ws =>
        {
            ws.Cell(1, 1).SetValue("kode");
            ws.Cell(1, 2).SetValue("uraian");
            ws.Cell(3, 1).SetValue("7.01");
            ws.Cell(3, 4).SetValue("stray");
        });
        Assert.Equal($"{path}:3:4 row has 4 cells but the header has only 2 columns (an unquoted delimiter?)",
            SheetReader.Read(path).Error!.ToString());
    }

    [Fact]
    public void Given_an_empty_worksheet_then_it_is_an_error()
    {
        var path = Workbook(_ => { });
        Assert.StartsWith($"{path}:0:0 the first worksheet is empty", SheetReader.Read(path).Error!.ToString());
    }
}
