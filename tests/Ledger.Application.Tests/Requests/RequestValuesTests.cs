using Ledger.Application.Requests;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Application.Tests.Requests;

/// <summary>
/// The one parser of request values that the CLI, the web query string and the cluster node share: exactly these
/// texts are accepted and refused, and a refusal names the parameter as the caller spells it.
/// </summary>
public sealed class RequestValuesTests
{
    [Theory]
    [InlineData("2020-08-05T10:00:00Z", true)]
    [InlineData(" 2020-08-05T10:00:00.25Z ", true)]
    [InlineData("2020-08-05T10:00:00", false)]
    [InlineData("2020-08-05T10:00:00+07:00", false)]
    [InlineData("2020-08-05", false)]
    [InlineData("2020-02-30T10:00:00Z", false)]
    [InlineData("kemarin", false)]
    public void Given_instant_text_then_only_ISO_8601_UTC_with_Z_is_accepted(string text, bool accepted)
    {
        var parsed = RequestValues.Instant(text, "--as-known-at");

        Assert.Equal(accepted, parsed.Error is null);
        if (accepted)
            Assert.Equal(Instant.FromUtc(2020, 8, 5, 10, 0), Instant.FromUnixTimeSeconds(parsed.Value.ToUnixTimeSeconds()));
        else
            Assert.Equal($"--as-known-at '{text}' is not an instant: write ISO-8601 UTC such as 2020-08-05T10:00:00Z", parsed.Error);
    }

    [Fact]
    public void Given_an_instant_without_a_zone_then_the_refusal_names_the_parameter_the_caller_gave()
    {
        Assert.StartsWith("asKnownAt '2020-08-05T10:00:00' is not an instant", RequestValues.Instant("2020-08-05T10:00:00", "asKnownAt").Error);
    }

    [Theory]
    [InlineData("2020-06-30", true)]
    [InlineData("2020-02-29", true)]
    [InlineData("2020-02-30", false)]
    [InlineData("2021-02-29", false)]
    [InlineData("30-06-2020", false)]
    [InlineData("2020-6-30", false)]
    public void Given_date_text_then_only_real_YYYY_MM_DD_days_are_accepted(string text, bool accepted)
    {
        var parsed = RequestValues.Date(text, "--as-of");

        Assert.Equal(accepted, parsed.Error is null);
        if (!accepted)
            Assert.Equal($"--as-of '{text}' is not a date: write YYYY-MM-DD", parsed.Error);
    }

    [Theory]
    [InlineData("2000", null)]
    [InlineData("2100", null)]
    [InlineData("1999", "--year 1999: a fiscal year is 2000 to 2100")]
    [InlineData("2101", "--year 2101: a fiscal year is 2000 to 2100")]
    [InlineData("20x", "--year '20x' is not a fiscal year: write YYYY (2000..2100)")]
    public void Given_year_text_then_only_2000_to_2100_is_a_fiscal_year(string text, string? error)
    {
        var parsed = RequestValues.FiscalYear(text, "--year");

        Assert.Equal(error, parsed.Error);
        if (error is null)
            Assert.Equal(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("1", "2020-03-31")]
    [InlineData("2", "2020-06-30")]
    [InlineData("3", "2020-09-30")]
    [InlineData("4", "2020-12-31")]
    public void Given_a_triwulan_then_the_period_ends_at_the_end_of_that_quarter(string triwulan, string end)
    {
        var parsed = RequestValues.PeriodEnd(2020, triwulan, null, "--triwulan", "--period-end");

        Assert.Null(parsed.Error);
        Assert.Equal(end, parsed.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0", null, "--triwulan 0: a triwulan is 1, 2, 3 or 4")]
    [InlineData("5", null, "--triwulan 5: a triwulan is 1, 2, 3 or 4")]
    [InlineData("dua", null, "--triwulan dua: a triwulan is 1, 2, 3 or 4")]
    [InlineData("2", "2020-06-30", "give --triwulan or --period-end, not both")]
    [InlineData(null, "2020-02-30", "--period-end '2020-02-30' is not a date: write YYYY-MM-DD")]
    public void Given_a_bad_triwulan_or_period_end_then_the_period_end_is_refused(string? triwulan, string? date, string error)
    {
        Assert.Equal(error, RequestValues.PeriodEnd(2020, triwulan, date, "--triwulan", "--period-end").Error);
    }

    [Fact]
    public void Given_a_date_and_no_triwulan_then_the_period_ends_on_that_date_and_neither_means_none()
    {
        Assert.Equal(new LocalDate(2020, 8, 5), RequestValues.PeriodEnd(2020, null, "2020-08-05", "triwulan", "periodEnd").Value);
        Assert.Equal(Parsed<LocalDate?>.Of(null), RequestValues.PeriodEnd(2020, null, null, "triwulan", "periodEnd"));
    }

    [Theory]
    [InlineData("murni", true)]
    [InlineData("perubahan", true)]
    [InlineData("apbd-p", false)]
    public void Given_stage_text_then_only_the_four_stages_are_accepted(string text, bool accepted)
    {
        var parsed = RequestValues.Stage(text, "--stage");

        Assert.Equal(accepted, parsed.Error is null);
        if (accepted)
            Assert.Equal(text, parsed.Value.Name());
        else
            Assert.Equal($"--stage '{text}' is not a stage: use murni, pergeseran, refocusing or perubahan", parsed.Error);
    }

    [Theory]
    [InlineData(" Kecamatan Mangkutana ", null)]
    [InlineData("  ", "unit is empty")]
    [InlineData("Kecamatan/Mangkutana", "unit 'Kecamatan/Mangkutana' is not a unit name (at most 200 characters, no '/')")]
    public void Given_unit_text_then_a_trimmed_name_without_slash_is_accepted(string text, string? error)
    {
        var parsed = RequestValues.Unit(text, "unit");

        Assert.Equal(error, parsed.Error);
        if (error is null)
            Assert.Equal("Kecamatan Mangkutana", parsed.Value);
    }

    [Fact]
    public void Given_kode_text_then_a_bad_kode_is_refused_naming_the_parameter()
    {
        Assert.Equal("7.01.01.2.01.0001", RequestValues.Kode("7.01.01.2.01.0001", "--kode").Value.ToString());
        Assert.StartsWith("--kode: ", RequestValues.Kode("7..01", "--kode").Error);
    }
}
