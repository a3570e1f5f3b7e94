using Ledger.Domain.Values;
using Ledger.Sheets.Numbers;

namespace Ledger.Sheets.Tests.Numbers;

public class IndonesianTests
{
    [Theory]
    [InlineData(1_234_567, "Rp 1.234.567")]
    [InlineData(-5_000_000, "(5.000.000)")]
    [InlineData(0, "Rp 0")]
    [InlineData(999, "Rp 999")]
    [InlineData(long.MinValue, "(9.223.372.036.854.775.808)")]
    public void Rupiah_is_printed_the_Indonesian_way(long rupiah, string expected) =>
        Assert.Equal(expected, Indonesian.Rupiah(new Money(rupiah)));

    [Theory]
    [InlineData(1_234_567, "1.234.567")]
    [InlineData(-5_000, "-5.000")]
    [InlineData(0, "0")]
    public void Numbers_group_thousands_with_dots(long value, string expected) =>
        Assert.Equal(expected, Indonesian.Number(value));

    [Theory]
    [InlineData("103.09", "103,09%")]
    [InlineData("96.345", "96,35%")]
    [InlineData("96.335", "96,34%")]
    [InlineData("-12.345", "-12,35%")]
    [InlineData("100", "100,00%")]
    [InlineData("1234.5", "1.234,50%")]
    public void Percentages_have_two_decimals_rounded_half_away_from_zero(string value, string expected) =>
        Assert.Equal(expected, Indonesian.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("2.344", "2.34")]
    public void Round2_rounds_half_away_from_zero(string value, string expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(decimal.Parse(expected, inv), Indonesian.Round2(decimal.Parse(value, inv)));
    }

    [Fact]
    public void Decimals_use_a_comma() => Assert.Equal("3.813,5", Indonesian.Decimal(3813.5m));
}
