using Ledger.Domain.Values;
using Ledger.Sheets.Numbers;

namespace Ledger.Sheets.Tests.Numbers;

public class RupiahTests
{
    [Theory]
    [InlineData("1.234.567", 1_234_567)]
    [InlineData("1,234,567", 1_234_567)]
    [InlineData("Rp 1.234.567,00", 1_234_567)]
    [InlineData("Rp. 1.234.567", 1_234_567)]
    [InlineData("Rp1.234.567", 1_234_567)]
    [InlineData("rp 1.234.567", 1_234_567)]
    [InlineData("1.234.567,-", 1_234_567)]
    [InlineData("Rp 1.234.567,-", 1_234_567)]
    [InlineData("(5.000.000)", -5_000_000)]
    [InlineData("( 5.000.000 )", -5_000_000)]
    [InlineData("-5.000.000", -5_000_000)]
    [InlineData("Rp -5.000.000", -5_000_000)]
    [InlineData("-", 0)]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("1234567", 1_234_567)]
    [InlineData("1234567.0", 1_234_567)]
    [InlineData("1,234,567.00", 1_234_567)]
    [InlineData("1.000", 1_000)]
    [InlineData("1,000", 1_000)]
    [InlineData("765.372", 765_372)]
    [InlineData("0", 0)]
    [InlineData("(0)", 0)]
    [InlineData(" 604.585.370 ", 604_585_370)]
    [InlineData("-336110000", -336_110_000)]
    [InlineData("9.223.372.036.854.775.807", long.MaxValue)]
    [InlineData("(9.223.372.036.854.775.808)", long.MinValue)]
    public void Given_a_printed_amount_then_it_reads_as_whole_Rupiah(string text, long expected)
    {
        Assert.True(Rupiah.TryParse(text, out var value, out var problem), problem);
        Assert.Equal(new Money(expected), value);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("12x", "'12x' is not a Rupiah amount")]
    [InlineData("Rp", "'Rp' is not a Rupiah amount")]
    [InlineData("1.234,50", "'1.234,50' has sen (,50); Rupiah amounts in budgets are whole")]
    [InlineData("1234567.5", "'1234567.5' has sen (.5); Rupiah amounts in budgets are whole")]
    [InlineData("1.23.4", "'1.23.4' has malformed digit grouping")]
    [InlineData("1.2345.678", "'1.2345.678' has malformed digit grouping")]
    [InlineData("1.234.567,00,00", "'1.234.567,00,00' has malformed digit grouping")]
    [InlineData("9.223.372.036.854.775.808", "'9.223.372.036.854.775.808' is too large for a Rupiah amount")]
    [InlineData("99999999999999999999999", "'99999999999999999999999' is too large for a Rupiah amount")]
    [InlineData("--5", "'--5' is not a Rupiah amount")]
    [InlineData("1 234", "'1 234' is not a Rupiah amount")]
    [InlineData("1.234.", "'1.234.' is not a Rupiah amount")]
    [InlineData("2 Orang", "'2 Orang' is not a Rupiah amount")]
    public void Given_a_bad_amount_then_the_problem_says_why(string text, string expected)
    {
        Assert.False(Rupiah.TryParse(text, out var value, out var problem));
        Assert.Equal(expected, problem);
        Assert.Equal(Money.Zero, value);
    }

    [Fact]
    public void Given_a_very_long_text_then_it_is_refused_without_scanning_it()
    {
        Assert.False(Rupiah.TryParse(new string('1', 10_000), out _, out var problem));
        Assert.EndsWith("is too long to be a Rupiah amount", problem);
    }

    [Fact]
    public void Given_null_then_it_is_zero() =>
        Assert.True(Rupiah.TryParse(null, out var value, out _) && value == Money.Zero);

    [Fact]
    public void Given_Parse_on_bad_text_then_it_throws_with_the_problem() =>
        Assert.Equal("'x' is not a Rupiah amount", Assert.Throws<FormatException>(() => Rupiah.Parse("x")).Message);
}
