using Ledger.Domain.Values;
using Ledger.Sheets.Performance;

namespace Ledger.Sheets.Tests.Performance;

public class KinerjaParserTests
{
    [Fact]
    public void Given_the_towuti_2023_kinerja_then_each_realisasi_and_its_printed_capaian_are_read()
    {
        var sheet = KinerjaSheetParser.Parse(PerformanceSheets.SampleSheet("towuti-2023-kinerja-tw4.csv")).ValueOrThrow();

        Assert.Equal([new Quantity(84.05m, ""), new Quantity(93.50m, "%")], sheet.Rows.Select(r => r.Realisasi));
        Assert.Equal([107m, 93.50m], sheet.Rows.Select(r => r.PrintedCapaianPct));
        Assert.Equal("Indeks Kepuasan Masyarakat", sheet.Rows[0].Indikator);
    }

    [Theory]
    [InlineData("towuti-2021-kinerja-tw4.csv", 85.97, 113.16)]
    [InlineData("towuti-2022-kinerja-tw4.csv", 87.41, 113.37)]
    public void Given_the_earlier_towuti_kinerja_then_the_ikm_is_read(string file, double realisasi, double capaian)
    {
        var row = KinerjaSheetParser.Parse(PerformanceSheets.SampleSheet(file)).ValueOrThrow().Rows.Single();

        Assert.Equal(((decimal)realisasi, (decimal?)capaian), (row.Realisasi.Value, row.PrintedCapaianPct));
    }

    [Fact]
    public void Given_no_capaian_column_then_nothing_is_printed() =>
        Assert.Null(PerformanceSheets.Kinerja("Indikator,Realisasi\nI,5\n").ValueOrThrow().Rows.Single().PrintedCapaianPct);
}
