using static Ledger.Sheets.Tests.Checks.RealisasiSheets;

namespace Ledger.Sheets.Tests.Checks;

/// <summary>
/// A printed percentage is judged at the decimals it was printed with: rounded half away from zero
/// agrees, truncated only is a truncation, anything else does not follow. Shown on serapan_pct
/// (realisasi 2 of pagu 3 = 66,666…%, and 24.690 of 200.000 = 12,345% exactly, a tie).
/// </summary>
public class PrintedPercentTests
{
    private const string Budget = "kode,uraian,pagu\n7.01,P,\n7.01.01,A,3\n7.01.02,B,200.000\n";

    private static string[] Serapan(string kode, string realisasi, string printed) =>
        Said(Check($"kode,realisasi,serapan_pct\n{kode},{realisasi},\"{printed}\"\n", Budget));

    [Theory]
    [InlineData("67")]
    [InlineData("66,7")]
    [InlineData("66,67")]
    [InlineData("66,667")]
    [InlineData("66,67%")]
    public void Given_the_exact_value_rounded_half_away_from_zero_to_the_printed_decimals_then_it_agrees(string printed) =>
        Assert.Empty(Serapan("7.01.01", "2", printed));

    [Theory]
    [InlineData("66", "66")]
    [InlineData("66,6", "66.6")]
    [InlineData("66,66", "66.66")]
    [InlineData("66,666", "66.666")]
    public void Given_a_print_only_truncation_gives_then_it_is_reported_as_a_truncation(string printed, string shown) =>
        Assert.Equal([$"7.01.01 serapan_pct truncated, not rounded: printed {shown}, computed 66.67"], Serapan("7.01.01", "2", printed));

    [Theory]
    [InlineData("65", "65")]
    [InlineData("66,8", "66.8")]
    [InlineData("66,65", "66.65")]
    [InlineData("6,67", "6.67")]
    [InlineData("0", "0")]
    public void Given_a_print_neither_rounding_nor_truncation_gives_then_it_does_not_follow(string printed, string shown) =>
        Assert.Equal([$"7.01.01 serapan_pct does not follow from realisasi / pagu: printed {shown}, computed 66.67"],
            Serapan("7.01.01", "2", printed));

    [Fact]
    public void Given_an_exact_half_then_rounding_goes_away_from_zero_and_truncation_is_still_told_apart()
    {
        Assert.Empty(Serapan("7.01.02", "24.690", "12,35"));
        Assert.Empty(Serapan("7.01.02", "24.690", "12,345"));
        Assert.Equal(["7.01.02 serapan_pct truncated, not rounded: printed 12.34, computed 12.35"], Serapan("7.01.02", "24.690", "12,34"));
    }

    [Fact]
    public void Given_a_print_that_rounding_and_truncation_both_give_then_it_agrees() =>
        Assert.Empty(Serapan("7.01.02", "66.666", "33,33"));

    [Fact]
    public void Given_a_negative_realisasi_then_truncation_cuts_towards_zero()
    {
        // −2 of 3 = −66,666…%: rounded −66,67, truncated −66,66.
        Assert.Empty(Serapan("7.01.01", "(2)", "-66,67"));
        Assert.Equal(["7.01.01 serapan_pct truncated, not rounded: printed -66.66, computed -66.67"], Serapan("7.01.01", "(2)", "-66,66"));
    }
}
