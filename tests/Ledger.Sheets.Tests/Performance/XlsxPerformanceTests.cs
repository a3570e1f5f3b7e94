using ClosedXML.Excel;
using Ledger.Sheets.Numbers;
using Ledger.Sheets.Performance;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Tests.Support;

namespace Ledger.Sheets.Tests.Performance;

public class XlsxPerformanceTests
{
    [Fact]
    public void Given_the_towuti_renstra_saved_as_xlsx_with_typed_numbers_then_it_reads_as_the_csv()
    {
        var csv = PerformanceSheets.SampleSheet("towuti-renstra-2021-2026.csv");
        using var scratch = SaveTyped(csv, "renstra.xlsx", firstNumberColumn: 7);

        var fromXlsx = RenstraSheetParser.Parse(SheetReader.Read(scratch.File("renstra.xlsx")).ValueOrThrow(), 2021, 2026).ValueOrThrow();
        var fromCsv = RenstraSheetParser.Parse(csv, 2021, 2026).ValueOrThrow();

        Assert.Equal(fromCsv.Years, fromXlsx.Years);
        Assert.Equal(fromCsv.Rows.Select(Describe), fromXlsx.Rows.Select(Describe));
    }

    [Fact]
    public void Given_the_towuti_2023_pk_and_kinerja_saved_as_xlsx_with_a_percent_formatted_realisasi_then_they_read_as_the_csv()
    {
        using var scratch = new ScratchDirectory();
        var pkCsv = PerformanceSheets.SampleSheet("towuti-2023-pk.csv");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.Worksheets.Add("PK 2023");
            Fill(sheet, pkCsv, _ => false);
            sheet.Cell(2, 4).SetValue(78.5);
            workbook.SaveAs(scratch.File("pk.xlsx"));
        }
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.Worksheets.Add("Pengukuran");
            Fill(sheet, PerformanceSheets.SampleSheet("towuti-2023-kinerja-tw4.csv"), _ => false);
            sheet.Cell(3, 2).SetValue(0.935);
            sheet.Cell(3, 2).Style.NumberFormat.Format = "0.00%";
            workbook.SaveAs(scratch.File("kinerja.xlsx"));
        }

        var pk = PkSheetParser.Parse(SheetReader.Read(scratch.File("pk.xlsx")).ValueOrThrow()).ValueOrThrow();
        var kinerja = KinerjaSheetParser.Parse(SheetReader.Read(scratch.File("kinerja.xlsx")).ValueOrThrow()).ValueOrThrow();

        Assert.Equal(PkSheetParser.Parse(pkCsv).ValueOrThrow().Rows.Select(r => (r.Indikator, r.Target, string.Join(';', r.Programs))),
            pk.Rows.Select(r => (r.Indikator, r.Target, string.Join(';', r.Programs))));
        Assert.Equal([84.05m, 93.5m], kinerja.Rows.Select(r => r.Realisasi.Value));
        Assert.Equal("%", kinerja.Rows[1].Realisasi.Satuan);
    }

    private static ScratchDirectory SaveTyped(Sheet csv, string name, int firstNumberColumn)
    {
        var scratch = new ScratchDirectory();
        using var workbook = new XLWorkbook();
        Fill(workbook.Worksheets.Add("Renstra"), csv, c => c >= firstNumberColumn);
        workbook.SaveAs(scratch.File(name));
        return scratch;
    }

    /// <summary>Header in upper case; cells of the columns <paramref name="typed"/> picks as numbers, as Excel users type them.</summary>
    private static void Fill(IXLWorksheet sheet, Sheet csv, Func<int, bool> typed)
    {
        for (var c = 0; c < csv.Header.Count; c++)
            sheet.Cell(1, c + 1).SetValue(csv.Header[c].ToUpperInvariant());
        foreach (var row in csv.Rows)
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = sheet.Cell(row.RowNumber, c + 1);
                if (typed(c) && row.Cells[c].Length > 0)
                    cell.SetValue((double)QuantityParser.Parse(row.Cells[c]).Value);
                else
                    cell.SetValue(row.Cells[c]);
            }
        }
    }

    private static string Describe(RenstraRow r) =>
        string.Join('|', r.Row, r.Tujuan, r.Sasaran, r.Tingkat, r.Indikator, r.Satuan, r.Arah, r.Iku, r.KondisiAwal, r.TargetAkhir,
            string.Join(';', r.Targets.Select(t => $"{t.Year}={t.Target}")));
}
