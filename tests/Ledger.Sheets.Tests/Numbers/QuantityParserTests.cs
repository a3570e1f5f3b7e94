using Ledger.Domain.Values;
using Ledger.Sheets.Numbers;

namespace Ledger.Sheets.Tests.Numbers;

public class QuantityParserTests
{
    [Theory]
    [InlineData("2 Orang", "2", "Orang")]
    [InlineData("100%", "100", "%")]
    [InlineData("95 %", "95", "%")]
    [InlineData("78,5", "78.5", "")]
    [InlineData("3.813 Porsi", "3813", "Porsi")]
    [InlineData("0,38 rasio", "0.38", "rasio")]
    [InlineData("150.000 lembar", "150000", "lembar")]
    [InlineData("76,07", "76.07", "")]
    [InlineData("1.5", "1.5", "")]
    [InlineData("1.234,5 Km", "1234.5", "Km")]
    [InlineData("1.234.567", "1234567", "")]
    [InlineData("0.500", "0.5", "")]
    [InlineData("1234.567", "1234.567", "")]
    [InlineData("-2,5 %", "-2.5", "%")]
    [InlineData(" 95   persentase ", "95", "persentase")]
    [InlineData("12 Unit  Rumah", "12", "Unit Rumah")]
    [InlineData("0 Orang", "0", "Orang")]
    public void Given_a_printed_figure_then_it_reads_as_number_and_unit(string text, string value, string satuan)
    {
        Assert.True(QuantityParser.TryParse(text, out var quantity, out var problem), problem);
        Assert.Equal(new Quantity(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), satuan), quantity);
    }

    [Theory]
    [InlineData("", "'' is not a number with an optional unit")]
    [InlineData("Orang", "'Orang' is not a number with an optional unit")]
    [InlineData("2x", null)]
    [InlineData("1,2,3", "'1,2,3' has malformed digit grouping")]
    [InlineData("1.23.456", "'1.23.456' has malformed digit grouping")]
    [InlineData("1.234,5.6", "'1.234,5.6' has malformed digit grouping")]
    [InlineData("5. Orang", "'5. Orang' is not a number with an optional unit")]
    [InlineData("2 3 Orang", "'2 3 Orang' is not a number with an optional unit")]
    [InlineData("99999999999999999999999999999999", "'99999999999999999999999999999999' is too large a number")]
    public void Given_a_bad_figure_then_the_problem_says_why(string text, string? expected)
    {
        var ok = QuantityParser.TryParse(text, out _, out var problem);
        if (expected is null)
        {
            // "2x" reads as 2 with the unit "x": units are free text.
            Assert.True(ok);
            return;
        }
        Assert.False(ok);
        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("96,35", 96.35)]
    [InlineData("96,35%", 96.35)]
    [InlineData("96,35 %", 96.35)]
    [InlineData("100", 100)]
    [InlineData("96.35", 96.35)]
    [InlineData("103,09%", 103.09)]
    public void Given_a_printed_percentage_then_it_reads_in_percent(string text, double expected)
    {
        Assert.True(Percent.TryParse(text, out var value, out var problem), problem);
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void Given_a_percentage_with_another_unit_then_it_is_refused()
    {
        Assert.False(Percent.TryParse("96 Orang", out _, out var problem));
        Assert.Equal("'96 Orang' is not a percentage", problem);
    }
}
