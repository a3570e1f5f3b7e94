using Ledger.Domain.Performance;
using Ledger.Sheets.Performance;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Tests.Performance;

/// <summary>The named scales of contract §9.5 and a unit's own scale read from <c>lebih_dari,predikat</c>.</summary>
public class PredikatScaleTests
{
    [Theory]
    [InlineData(107.07, "Baik Sekali")]
    [InlineData(100.01, "Baik Sekali")]
    [InlineData(100, "Baik")]
    [InlineData(75.01, "Baik")]
    [InlineData(75, "Cukup")]
    [InlineData(65.5, "Cukup")]
    [InlineData(65, "Kurang")]
    [InlineData(50.01, "Kurang")]
    [InlineData(50, "Sangat Kurang")]
    [InlineData(0, "Sangat Kurang")]
    public void Given_the_ordinal_scale_then_each_band_starts_above_its_threshold(double capaian, string predikat) =>
        Assert.Equal(predikat, PredikatScale.Ordinal.Rate((decimal)capaian));

    [Theory]
    [InlineData("ordinal")]
    [InlineData(" ORDINAL ")]
    public void Given_the_name_ordinal_then_the_ordinal_scale_is_found(string name)
    {
        Assert.True(PredikatScale.TryParse(name, out var scale));
        Assert.Same(PredikatScale.Ordinal, scale);
    }

    [Fact]
    public void Given_a_units_own_scale_then_its_bands_rate_from_the_highest_down_and_the_last_is_below_all()
    {
        var scale = Parse("""
            lebih_dari,predikat
            "90,5",Sangat Baik
            75%,Baik
            ,Perlu Perbaikan
            """).ValueOrThrow();

        Assert.Equal("towuti-scale", scale.Name);
        Assert.Equal(["Sangat Baik", "Sangat Baik", "Baik", "Baik", "Perlu Perbaikan", "Perlu Perbaikan"],
            new[] { 120m, 90.51m, 90.5m, 75.01m, 75m, 0m }.Select(c => scale.Rate(c)));
        Assert.Null(scale.Rate(null));
    }

    [Fact]
    public void Given_a_scale_file_then_the_scale_is_named_after_it()
    {
        var source = SheetSource.FromBytes("lebih_dari,predikat\n90,Baik\n,Kurang\n"u8, "scales/towuti-2023.csv").ValueOrThrow();

        var scale = PredikatScaleSheetParser.Read(source).ValueOrThrow();

        Assert.Equal(("towuti-2023", "Baik", "Kurang"), (scale.Name, scale.Rate(90.01m), scale.Rate(90m)));
    }

    [Fact]
    public void Given_the_ordinal_scale_written_as_a_csv_then_it_rates_as_the_named_one()
    {
        var scale = Parse("Lebih Dari,Predikat\n100,Baik Sekali\n75,Baik\n65,Cukup\n50,Kurang\n,Sangat Kurang\n").ValueOrThrow();

        foreach (var capaian in new[] { 150m, 100.001m, 100m, 80m, 75m, 70m, 65m, 55m, 50m, 10m, -5m })
            Assert.Equal(PredikatScale.Ordinal.Rate(capaian), scale.Rate(capaian));
    }

    [Fact]
    public void Given_a_band_name_then_its_predikat_table_column_is_lower_case_with_underscores() =>
        Assert.Equal(["baik_sekali", "sangat_kurang"], new[] { "Baik Sekali", "Sangat  Kurang" }.Select(PredikatScaleSheetParser.ColumnName));

    [Theory]
    [InlineData("lebih_dari,predikat\n75,Baik\n90,Sangat Baik\n,Kurang\n", "scale.csv:3:1 lebih_dari 90 is not below the band above (75); bands go highest first")]
    [InlineData("lebih_dari,predikat\n75,Baik\n75,Cukup\n,Kurang\n", "scale.csv:3:1 lebih_dari 75 is not below the band above (75); bands go highest first")]
    [InlineData("lebih_dari,predikat\n90,Sangat Baik\n75,Baik\n", "scale.csv:3:1 lebih_dari is given on the last row; add a last band with an empty lebih_dari for what is below all others")]
    [InlineData("lebih_dari,predikat\n90,Sangat Baik\n,Baik\n,Kurang\n", "scale.csv:3:1 lebih_dari is empty on a band that is not the last; only the last band (below all others) has none")]
    [InlineData("lebih_dari,predikat\n90,\n,Kurang\n", "scale.csv:2:2 predikat is empty")]
    [InlineData("lebih_dari,predikat\n90,Baik\n,baik\n", "scale.csv:3:2 predikat 'baik' is the same band name as row 2's")]
    [InlineData("lebih_dari,predikat\ntinggi,Baik\n,Kurang\n", "scale.csv:2:1 lebih_dari 'tinggi' is not a number with an optional unit")]
    [InlineData("lebih_dari,predikat\n,Kurang\n", "scale.csv:1:0 a scale needs at least one band with lebih_dari and a last band with it empty")]
    [InlineData("lebih_dari,predikat\n", "scale.csv:1:0 a scale needs at least one band with lebih_dari and a last band with it empty")]
    [InlineData("predikat\nBaik\n", "scale.csv:1:0 missing required column lebih_dari")]
    public void Given_a_malformed_scale_then_the_error_names_file_row_and_column(string csv, string error) =>
        Assert.Equal(error, PerformanceSheets.ErrorOf(Parse(csv, "scale.csv")));

    private static SheetResult<PredikatScale> Parse(string csv, string file = "towuti-scale.csv") =>
        PredikatScaleSheetParser.Parse(SheetReader.ReadCsvText(csv, file).ValueOrThrow(), Path.GetFileNameWithoutExtension(file));
}
