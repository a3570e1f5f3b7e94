using Ledger.Application.Requests;

namespace Ledger.Application.Tests.Requests;

/// <summary>A Renstra's period as the CLI's <c>--period</c> and the web's <c>period</c> give it: <c>YYYY-YYYY</c>, in order, fiscal years.</summary>
public sealed class PeriodValuesTests
{
    [Theory]
    [InlineData("2021-2026", 2021, 2026)]
    [InlineData(" 2024-2024 ", 2024, 2024)]
    public void Given_two_fiscal_years_in_order_then_the_period_is_accepted(string text, int first, int last)
    {
        var parsed = RequestValues.Period(text, "--period");

        Assert.Null(parsed.Error);
        Assert.Equal((first, last), parsed.Value);
    }

    [Theory]
    [InlineData("2021", "--period '2021' is not a period: write YYYY-YYYY, e.g. 2021-2026")]
    [InlineData("21-26", "--period '21-26' is not a period: write YYYY-YYYY, e.g. 2021-2026")]
    [InlineData("2021-2026-2031", "--period '2021-2026-2031' is not a period: write YYYY-YYYY, e.g. 2021-2026")]
    [InlineData("2026-2021", "--period 2026-2021: the period ends before it starts")]
    public void Given_text_that_is_no_period_then_the_refusal_names_the_parameter_and_the_form(string text, string error)
    {
        Assert.Equal(error, RequestValues.Period(text, "--period").Error);
    }

    [Fact]
    public void Given_a_year_no_stream_can_have_then_the_period_is_refused_as_a_fiscal_year()
    {
        Assert.StartsWith("period 1900: a fiscal year is ", RequestValues.Period("1900-1905", "period").Error);
    }
}
