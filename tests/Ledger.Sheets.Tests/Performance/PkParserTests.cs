using Ledger.Domain.Values;
using Ledger.Sheets.Performance;

namespace Ledger.Sheets.Tests.Performance;

public class PkParserTests
{
    [Fact]
    public void Given_the_towuti_2023_pk_then_each_indicator_has_its_target_and_the_programs_serving_it()
    {
        var sheet = PkSheetParser.Parse(PerformanceSheets.SampleSheet("towuti-2023-pk.csv")).ValueOrThrow();

        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal(("Indeks Kepuasan Masyarakat", "Nilai", new Quantity(78.5m, "")),
            (sheet.Rows[0].Indikator, sheet.Rows[0].Satuan, sheet.Rows[0].Target));
        Assert.Equal(["02", "03", "04", "05", "06"], sheet.Rows[0].Programs.Select(k => k.Value));
        Assert.Equal(new Quantity(100m, "%"), sheet.Rows[1].Target);
        Assert.Equal([Kode.Parse("01")], sheet.Rows[1].Programs);
        Assert.Null(sheet.Rows[0].Arah);
        Assert.Same(sheet.Rows[1], sheet.Find("persentase capaian kinerja program penunjang urusan pemerintahan kabupaten di kecamatan towuti."));
    }

    [Theory]
    [InlineData("towuti-2021-pk.csv", 75.97)]
    [InlineData("towuti-2022-pk.csv", 77.10)]
    public void Given_the_earlier_towuti_pks_then_the_ikm_target_is_read(string file, double target) =>
        Assert.Equal((decimal)target, PkSheetParser.Parse(PerformanceSheets.SampleSheet(file)).ValueOrThrow().Rows.Single().Target.Value);

    [Fact]
    public void Given_an_empty_sasaran_then_it_repeats_the_row_above_and_arah_is_kept_where_printed()
    {
        var sheet = PerformanceSheets.Pk("""
            SASARAN,Indikator,Target,Arah,Program
            S1,I1,10,turun,01.02 ; 01.03
            ,I2,20,,
            """).ValueOrThrow();

        Assert.Equal(["S1", "S1"], sheet.Rows.Select(r => r.Sasaran));
        Assert.Equal([Arah.Turun, null], sheet.Rows.Select(r => r.Arah));
        Assert.Equal([Kode.Parse("01.02"), Kode.Parse("01.03")], sheet.Rows[0].Programs);
        Assert.Empty(sheet.Rows[1].Programs);
    }
}
