namespace Ledger.Store.Tests;

public sealed class StreamNameTests
{
    [Fact]
    public void For_trims_the_unit_and_writes_unit_slash_year()
    {
        var name = StreamName.For("  Dinas Pekerjaan Umum ", 2025);

        Assert.Equal(("Dinas Pekerjaan Umum", 2025, "Dinas Pekerjaan Umum/2025"), (name.Unit, name.FiscalYear, name.Value));
        Assert.Equal("Dinas Pekerjaan Umum/2025", name.ToString());
        Assert.False(name.IsDefault);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Dinas/Kesehatan")]
    [InlineData("Dinas\tKesehatan")]
    public void For_rejects_units_that_are_empty_or_contain_a_slash_or_control_characters(string unit) =>
        Assert.Throws<ArgumentException>(() => StreamName.For(unit, 2025));

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void For_rejects_years_outside_2000_to_2100(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StreamName.For("Dinas", year));

    [Theory]
    [InlineData("Dinas Pendidikan/2000")]
    [InlineData("Badan Ä – 1/2100")]
    public void Parse_round_trips_canonical_names(string value)
    {
        var name = StreamName.Parse(value);

        Assert.Equal(value, name.Value);
        Assert.Equal(name, StreamName.For(name.Unit, name.FiscalYear));
    }

    [Theory]
    [InlineData("Dinas")]
    [InlineData("Dinas/25")]
    [InlineData("Dinas/+202")]
    [InlineData(" Dinas/2025")]
    [InlineData("/2025")]
    [InlineData("a/b/2025")]
    [InlineData("Dinas/1999")]
    public void Parse_rejects_anything_that_is_not_canonical(string value) =>
        Assert.Throws<FormatException>(() => StreamName.Parse(value));

    [Fact]
    public void The_default_name_is_recognisable_and_refused_by_the_rules() =>
        Assert.Throws<ArgumentException>(() => AppendRules.Validate(default, TestEvents.Make(1)));
}
