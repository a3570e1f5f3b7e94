using Ledger.Domain.Values;
using Ledger.Sheets.Lines;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Realisasi;

namespace Ledger.Sheets.Tests.Realisasi;

public class RealisasiParserTests
{
    private const string Sheet = """
        kode,uraian,realisasi,indikator,realisasi_kinerja,serapan_pct,capaian_pct
        7.01,Program,"Rp 9.500.000",,,"95,00",
        7.01.01,Kegiatan A,5.000.000,Jumlah Dokumen; Jumlah Orang,"3 Dokumen; 2,5 Orang",100%,"100; 66,67"
        7.01.02,Kegiatan B,"(1.000)",,,,
        7.01.03,Kegiatan C,,,,,
        ,J U M L A H,9.000.000,,,,
        """;

    private static SheetResult<RealisasiSheet> Parse(string csv)
    {
        var sheet = SheetReader.ReadCsvText(csv, "r.csv");
        return sheet.IsOk ? RealisasiSheetParser.Parse(sheet.Value) : sheet.Error;
    }

    [Fact]
    public void Given_a_realisasi_sheet_then_parents_and_leaves_follow_the_kodes()
    {
        var sheet = Parse(Sheet).ValueOrThrow();
        Assert.Equal([false, true, true, true], sheet.Lines.Select(l => l.IsLeaf));
        Assert.Equal([null, Kode.Parse("7.01"), Kode.Parse("7.01"), Kode.Parse("7.01")], sheet.Lines.Select(l => l.Parent));
        Assert.Equal([9_500_000L, 5_000_000L, -1_000L, null], sheet.Lines.Select(l => l.Realisasi?.Rupiah));
    }

    [Fact]
    public void Given_kinerja_and_printed_percentages_then_they_pair_with_the_indicators()
    {
        var line = Parse(Sheet).ValueOrThrow().Lines[1];
        Assert.Equal([new KinerjaValue("Jumlah Dokumen", new Quantity(3, "Dokumen")), new KinerjaValue("Jumlah Orang", new Quantity(2.5m, "Orang"))],
            line.Kinerja);
        Assert.Equal(100m, line.PrintedSerapanPct);
        Assert.Equal([100m, 66.67m], line.PrintedCapaianPct);
        Assert.Equal("Kegiatan A", line.Uraian);
        Assert.Equal(5, line.ColumnOf(LineColumns.RealisasiKinerja));
    }

    [Fact]
    public void Given_a_total_row_then_it_is_a_printed_total() =>
        Assert.Equal([new PrintedTotal(6, "J U M L A H", new Money(9_000_000))], Parse(Sheet).ValueOrThrow().Totals);

    [Theory]
    [InlineData("kode,uraian\n7.01,a\n", "r.csv:1:0 missing required column realisasi")]
    [InlineData("kode,realisasi\n7.01,12x\n", "r.csv:2:2 realisasi '12x' is not a Rupiah amount")]
    [InlineData("kode,realisasi\n7.01,5\n7.01,6\n", "r.csv:3:1 duplicate kode 7.01 (first at row 2)")]
    [InlineData("kode,realisasi\n7.o1,5\n", "r.csv:2:1 kode '7.o1' has a segment 'o1' that is not a number")]
    [InlineData("kode,realisasi\n,5\n", "r.csv:2:1 kode is empty on a row that is not a JUMLAH or TOTAL row")]
    [InlineData("kode,realisasi,serapan_pct\n7.01,5,sembilan\n", "r.csv:2:3 serapan_pct 'sembilan' is not a number with an optional unit")]
    [InlineData("kode,realisasi,serapan_pct\n7.01,5,96 Orang\n", "r.csv:2:3 serapan_pct '96 Orang' is not a percentage")]
    [InlineData("kode,realisasi,indikator,realisasi_kinerja\n7.01,5,A,1;2\n", "r.csv:2:4 realisasi_kinerja has 2 values for 1 indikator")]
    [InlineData("kode,realisasi,indikator,realisasi_kinerja\n7.01,5,A,x\n", "r.csv:2:4 realisasi_kinerja 'x' is not a number with an optional unit")]
    [InlineData("kode,realisasi,indikator,capaian_pct\n7.01,5,A,1;2\n", "r.csv:2:4 capaian_pct has 2 values for 1 indikator")]
    [InlineData("kode,realisasi\n", "r.csv:1:0 the sheet has no realisasi lines below the header")]
    public void Given_bad_input_then_the_error_names_file_row_and_column(string csv, string expected) =>
        Assert.Equal(expected, Parse(csv).Error?.ToString());

    [Fact]
    public void Given_a_line_whose_parent_is_not_in_the_sheet_then_it_is_no_error()
    {
        var sheet = Parse("kode,realisasi\n7.01.01.2.01.0001,5\n7.02.01,6\n").ValueOrThrow();
        Assert.All(sheet.Lines, l => Assert.True(l.IsLeaf && l.Parent is null));
    }
}
