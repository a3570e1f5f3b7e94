using Ledger.Sheets.Checks;
using Ledger.Sheets.Performance;

namespace Ledger.Sheets.Tests.Performance;

/// <summary>A kinerja sheet's printed capaian_pct against its PK sheet's targets (contract §9.3, §7).</summary>
public class KinerjaChecksTests
{
    [Fact]
    public void Given_towuti_2023_then_the_printed_107_of_the_ikm_is_a_truncation_of_107_07_and_sasaran_ii_agrees()
    {
        var findings = Check("towuti-2023-kinerja-tw4.csv", "towuti-2023-pk.csv");

        var finding = Assert.Single(findings);
        Assert.Equal(new Finding("-", 2, "capaian_pct of 'Indeks Kepuasan Masyarakat' truncated, not rounded to two decimals", "107", "107.07"),
            finding);
    }

    [Theory]
    [InlineData("towuti-2021-kinerja-tw4.csv", "towuti-2021-pk.csv")]
    [InlineData("towuti-2022-kinerja-tw4.csv", "towuti-2022-pk.csv")]
    public void Given_towuti_2021_and_2022_then_the_printed_capaian_follow_and_nothing_is_found(string kinerja, string pk) =>
        Assert.Empty(Check(kinerja, pk));

    [Theory]
    [InlineData("107,07", null)]
    [InlineData("107,070", null)]
    [InlineData("107,1", "capaian_pct of 'I' rounded to fewer than two decimals")]
    [InlineData("107,08", "capaian_pct of 'I' does not follow from realisasi / target")]
    [InlineData("107,06", "capaian_pct of 'I' does not follow from realisasi / target")]
    [InlineData("107,0", "capaian_pct of 'I' truncated, not rounded to two decimals")]
    [InlineData("107", "capaian_pct of 'I' truncated, not rounded to two decimals")]
    [InlineData("106", "capaian_pct of 'I' does not follow from realisasi / target")]
    public void Given_a_printed_capaian_then_it_is_judged_at_two_decimals(string printed, string? what)
    {
        // 84,05 ÷ 78,5 × 100 = 107,07006…: two decimals give 107,07; fewer decimals are judged by how they lost them.
        var findings = KinerjaChecks.Run(
            PerformanceSheets.Kinerja($"indikator,realisasi,capaian_pct\nI,\"84,05\",\"{printed}\"\n").ValueOrThrow(),
            PerformanceSheets.Pk("sasaran,indikator,target\nS,I,\"78,5\"\n").ValueOrThrow());

        Assert.Equal(what, findings.SingleOrDefault()?.What);
    }

    [Fact]
    public void Given_a_value_rounded_to_fewer_decimals_then_it_is_said_as_such()
    {
        var findings = KinerjaChecks.Run(
            PerformanceSheets.Kinerja("indikator,realisasi,capaian_pct\nI,\"107,6\",108\n").ValueOrThrow(),
            PerformanceSheets.Pk("sasaran,indikator,target\nS,I,100\n").ValueOrThrow());

        Assert.Equal(("capaian_pct of 'I' rounded to fewer than two decimals", "108", "107.60"),
            findings.Select(f => (f.What, f.Printed, f.Computed)).Single());
    }

    [Fact]
    public void Given_arah_turun_in_the_pk_then_the_capaian_is_inverted()
    {
        var pk = PerformanceSheets.Pk("sasaran,indikator,target,arah\nS,Angka kemiskinan,10,turun\n").ValueOrThrow();

        Assert.Empty(KinerjaChecks.Run(PerformanceSheets.Kinerja("indikator,realisasi,capaian_pct\nangka  kemiskinan,8,\"120,00\"\n").ValueOrThrow(), pk));
        Assert.Equal(("capaian_pct of 'Angka kemiskinan' does not follow from (2 x target - realisasi) / target (arah turun)", "80", "120.00"),
            KinerjaChecks.Run(PerformanceSheets.Kinerja("indikator,realisasi,capaian_pct\nAngka kemiskinan,8,80\n").ValueOrThrow(), pk)
                .Select(f => (f.What, f.Printed, f.Computed)).Single());
    }

    [Fact]
    public void Given_no_arah_in_the_pk_then_the_renstras_arah_is_taken()
    {
        var pk = PerformanceSheets.Pk("sasaran,indikator,target\nS,Angka kemiskinan,10\n").ValueOrThrow();
        var kinerja = PerformanceSheets.Kinerja("indikator,realisasi,capaian_pct\nAngka kemiskinan,8,120\n").ValueOrThrow();
        var renstra = PerformanceSheets.Renstra("tujuan,sasaran,indikator,arah\nT,S,Angka Kemiskinan,turun\n").ValueOrThrow();

        Assert.Empty(KinerjaChecks.Run(kinerja, pk, renstra));
        Assert.Equal("80.00", KinerjaChecks.Run(kinerja, pk).Single().Computed);
    }

    [Fact]
    public void Given_an_indicator_not_in_the_pk_or_no_print_or_target_0_then_nothing_is_checked()
    {
        var pk = PerformanceSheets.Pk("sasaran,indikator,target\nS,I,0\nS,J,5\n").ValueOrThrow();
        var kinerja = PerformanceSheets.Kinerja("indikator,realisasi,capaian_pct\nI,5,1\nJ,5,\nK,5,3\n").ValueOrThrow();

        Assert.Empty(KinerjaChecks.Run(kinerja, pk));
        Assert.Equal(["K"], KinerjaChecks.Unmatched(kinerja, pk).Select(r => r.Indikator));
    }

    private static IReadOnlyList<Finding> Check(string kinerja, string pk) =>
        KinerjaChecks.Run(
            KinerjaSheetParser.Parse(PerformanceSheets.SampleSheet(kinerja)).ValueOrThrow(),
            PkSheetParser.Parse(PerformanceSheets.SampleSheet(pk)).ValueOrThrow());
}
