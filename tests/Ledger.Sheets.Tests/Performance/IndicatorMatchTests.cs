using Ledger.Domain.Performance;
using Ledger.Sheets.Performance;

namespace Ledger.Sheets.Tests.Performance;

/// <summary>
/// Indicator names match ignoring case, spacing and punctuation (contract §9.2); a mismatch finds the closest name.
/// The sheets (<c>check</c>) and the decider (imports) use this one rule, so they never disagree on a name.
/// </summary>
public class IndicatorMatchTests
{
    [Theory]
    [InlineData("Indeks Kepuasan Masyarakat (IKM)", "indeks  kepuasan masyarakat IKM")]
    [InlineData("Persentase capaian, kinerja", "persentase capaian kinerja.")]
    public void Given_names_that_differ_in_case_spacing_or_punctuation_then_they_are_the_same_indicator(string a, string b) =>
        Assert.True(IndicatorMatch.Same(a, b));

    [Fact]
    public void Given_names_that_differ_in_a_word_then_they_are_different_indicators() =>
        Assert.False(IndicatorMatch.Same("Indeks Kepuasan Masyarakat", "Indeks Kepuasan Pegawai"));

    [Fact]
    public void Given_a_mistyped_name_then_the_closest_candidate_is_the_one_meant()
    {
        string[] renstra = ["Persentase Peningkatan nilai IKM", "Indeks Kepuasan Masyarakat", "Nilai LAKIP Kecamatan Towuti"];

        Assert.Equal("Indeks Kepuasan Masyarakat", IndicatorMatch.Closest("Indeks Kepuasan Masyarkat", renstra));
        Assert.Equal("Nilai LAKIP Kecamatan Towuti", IndicatorMatch.Closest("nilai lakip", renstra));
        Assert.Null(IndicatorMatch.Closest("anything", []));
    }

    [Fact]
    public void Given_a_name_that_only_spaces_differently_then_check_and_import_agree_it_is_the_same_indicator() =>
        Assert.True(IndicatorMatch.Same("Indeks KepuasanMasyarakat", "indeks kepuasan masyarakat"));
}
