using Ledger.Sheets.Performance;

namespace Ledger.Sheets.Tests.Performance;

/// <summary>Every malformed cell of a Renstra, PK or kinerja sheet is refused with its file, row and column.</summary>
public class PerformanceParserErrorTests
{
    [Theory]
    [InlineData("tujuan,sasaran,indikator,target_2022\nT,S,I,abc\n", "renstra.csv:2:4 target_2022 'abc' is not a number with an optional unit")]
    [InlineData("tujuan,sasaran,indikator,kondisi_awal\nT,S,I,\"1,2,3\"\n", "renstra.csv:2:4 kondisi_awal '1,2,3' has malformed digit grouping")]
    [InlineData("tujuan,sasaran,indikator,arah\nT,S,I,naik-turun\n", "renstra.csv:2:4 arah 'naik-turun' is not naik or turun")]
    [InlineData("tujuan,sasaran,tingkat,indikator\nT,S,program,I\n", "renstra.csv:2:3 tingkat 'program' is not sasaran or tujuan")]
    [InlineData("tujuan,sasaran,indikator,iku\nT,S,I,mungkin\n", "renstra.csv:2:4 iku 'mungkin' is not ya or tidak")]
    [InlineData("tujuan,sasaran,indikator\nT,S,\n", "renstra.csv:2:3 indikator is empty")]
    [InlineData("tujuan,sasaran,indikator\n,S,I\n", "renstra.csv:2:1 tujuan is empty and there is no row above to repeat")]
    [InlineData("tujuan,sasaran,indikator\nT,,I\n", "renstra.csv:2:2 sasaran is empty and no sasaran of this tujuan is above to repeat")]
    [InlineData("tujuan,sasaran,indikator\nT1,S1,I1\nT2,,I2\n", "renstra.csv:3:2 sasaran is empty and no sasaran of this tujuan is above to repeat")]
    [InlineData("tujuan,sasaran,tingkat,indikator\nT,S,tujuan,I\n", "renstra.csv:2:2 sasaran is given on a tujuan's indicator (tingkat tujuan); leave it empty or set tingkat sasaran")]
    [InlineData("tujuan,indikator\nT,I\n", "renstra.csv:2:0 a sasaran's indicator needs a sasaran column (or tingkat tujuan)")]
    [InlineData("tujuan,sasaran,indikator\nT,S,Indeks (IKM)\n,,indeks  ikm\n", "renstra.csv:3:3 indikator 'indeks ikm' appears twice (first at row 2)")]
    [InlineData("tujuan,sasaran\nT,S\n", "renstra.csv:1:0 missing required column indikator")]
    [InlineData("tujuan,sasaran,indikator,target_2o22\nT,S,I,1\n", "renstra.csv:1:4 column target_2o22 is neither target_YYYY (a year's target) nor target_akhir")]
    [InlineData("tujuan,sasaran,indikator,target_2022,Target 2022\nT,S,I,1,2\n", "renstra.csv:1:5 column target_2022 appears twice (columns 4 and 5)")]
    [InlineData("tujuan,sasaran,indikator\n", "renstra.csv:1:0 the sheet has no Renstra indicators below the header")]
    public void Given_a_malformed_renstra_then_the_error_names_file_row_and_column(string csv, string error) =>
        Assert.Equal(error, PerformanceSheets.ErrorOf(PerformanceSheets.Renstra(csv)));

    [Theory]
    [InlineData("tujuan,sasaran,indikator,target_2027\nT,S,I,1\n", "renstra.csv:1:4 column target_2027 is outside the Renstra period 2021-2026")]
    [InlineData("tujuan,sasaran,indikator,target_2020\nT,S,I,1\n", "renstra.csv:1:4 column target_2020 is outside the Renstra period 2021-2026")]
    public void Given_the_period_then_a_target_column_outside_it_is_an_error_at_its_header_cell(string csv, string error)
    {
        var sheet = Ledger.Sheets.Reading.SheetReader.ReadCsvText(csv, "renstra.csv").ValueOrThrow();

        Assert.Equal(error, PerformanceSheets.ErrorOf(RenstraSheetParser.Parse(sheet, 2021, 2026)));
        Assert.True(RenstraSheetParser.Parse(sheet).IsOk);
    }

    [Theory]
    [InlineData("sasaran,indikator,target\nS,I,\n", "pk.csv:2:3 target is empty")]
    [InlineData("sasaran,indikator,target\nS,I,-\n", "pk.csv:2:3 target is '-'; a number is required")]
    [InlineData("sasaran,indikator,target\nS,I,tinggi\n", "pk.csv:2:3 target 'tinggi' is not a number with an optional unit")]
    [InlineData("sasaran,indikator,target,arah\nS,I,1,atas\n", "pk.csv:2:4 arah 'atas' is not naik or turun")]
    [InlineData("sasaran,indikator,target,program\nS,I,1,02;;03\n", "pk.csv:2:4 program kode 2 of 3 is empty")]
    [InlineData("sasaran,indikator,target,program\nS,I,1,02;02\n", "pk.csv:2:4 program names 02 twice")]
    [InlineData("sasaran,indikator,target,program\nS,I,1,02;0a.1\n", "pk.csv:2:4 program kode '0a.1' has a segment '0a' that is not a number")]
    [InlineData("sasaran,indikator,target\n,I,1\n", "pk.csv:2:1 sasaran is empty and there is no row above to repeat")]
    [InlineData("sasaran,indikator,target\nS,,1\n", "pk.csv:2:2 indikator is empty")]
    [InlineData("sasaran,indikator,target\nS,I,1\nS2,i,2\n", "pk.csv:3:2 indikator 'i' appears twice (first at row 2)")]
    [InlineData("sasaran,indikator\nS,I\n", "pk.csv:1:0 missing required column target")]
    public void Given_a_malformed_pk_then_the_error_names_file_row_and_column(string csv, string error) =>
        Assert.Equal(error, PerformanceSheets.ErrorOf(PerformanceSheets.Pk(csv)));

    [Theory]
    [InlineData("indikator,realisasi\nI,\n", "kinerja.csv:2:2 realisasi is empty")]
    [InlineData("indikator,realisasi\nI,banyak\n", "kinerja.csv:2:2 realisasi 'banyak' is not a number with an optional unit")]
    [InlineData("indikator,realisasi,capaian_pct\nI,1,12 Orang\n", "kinerja.csv:2:3 capaian_pct '12 Orang' is not a percentage")]
    [InlineData("indikator,realisasi\n,1\n", "kinerja.csv:2:1 indikator is empty")]
    [InlineData("indikator,realisasi\nI,1\ni,2\n", "kinerja.csv:3:1 indikator 'i' appears twice (first at row 2)")]
    [InlineData("indikator,capaian_pct\nI,1\n", "kinerja.csv:1:0 missing required column realisasi")]
    public void Given_a_malformed_kinerja_sheet_then_the_error_names_file_row_and_column(string csv, string error) =>
        Assert.Equal(error, PerformanceSheets.ErrorOf(PerformanceSheets.Kinerja(csv)));

    [Fact]
    public void Given_a_kinerja_sheet_of_more_rows_than_any_unit_has_then_it_is_refused_at_the_first_row_too_many()
    {
        var csv = "indikator,realisasi\n" + string.Concat(Enumerable.Range(0, PerformanceLimits.MaxRows + 1).Select(i => $"I{i},1\n"));

        Assert.Equal($"kinerja.csv:{PerformanceLimits.MaxRows + 2}:0 the sheet has more than {PerformanceLimits.MaxRows} rows; a unit's performance sheet has tens",
            PerformanceSheets.ErrorOf(PerformanceSheets.Kinerja(csv)));
    }
}
