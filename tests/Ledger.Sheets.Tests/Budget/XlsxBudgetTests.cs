using ClosedXML.Excel;
using Ledger.Domain.Values;
using Ledger.Sheets.Budget;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Tests.Support;

namespace Ledger.Sheets.Tests.Budget;

public class XlsxBudgetTests
{
    [Fact]
    public void The_murni_sheet_saved_as_xlsx_with_typed_pagu_reads_the_same_as_the_csv()
    {
        var csv = SheetReader.Read(TestFiles.Data("mangkutana-2020-murni.csv")).ValueOrThrow();
        using var scratch = new ScratchDirectory();
        var path = scratch.File("murni.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.Worksheets.Add("APBD 2020");
            for (var c = 0; c < csv.Header.Count; c++)
                sheet.Cell(1, c + 1).SetValue(csv.Header[c].ToUpperInvariant());
            foreach (var row in csv.Rows)
            {
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var cell = sheet.Cell(row.RowNumber, c + 1);
                    if (c == 2)
                    {
                        // Typed as Excel users do: a number with a grouping format, not text.
                        cell.SetValue(Ledger.Sheets.Numbers.Rupiah.Parse(row.Cells[c]).Rupiah);
                        cell.Style.NumberFormat.Format = "#,##0";
                    }
                    else
                    {
                        cell.SetValue(row.Cells[c]);
                    }
                }
            }
            workbook.SaveAs(path);
        }
        var fromXlsx = BudgetSheetParser.Parse(SheetReader.Read(path).ValueOrThrow()).ValueOrThrow();
        var fromCsv = BudgetSheetParser.Parse(csv).ValueOrThrow();
        Assert.Equal(new Money(905_397_900), fromXlsx.LeafTotal);
        Assert.Equal(fromCsv.Lines.Select(l => (l.Kode, l.Level, l.PrintedPagu, l.Row)), fromXlsx.Lines.Select(l => (l.Kode, l.Level, l.PrintedPagu, l.Row)));
        Assert.Equal(fromCsv.Lines.SelectMany(l => l.Indicators), fromXlsx.Lines.SelectMany(l => l.Indicators));
    }
}
