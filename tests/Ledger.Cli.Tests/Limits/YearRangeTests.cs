using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Limits;

/// <summary>
/// Contract §11: a <c>--year</c> outside the supported range (2000 to 2100) is a usage error, exit 2 with one
/// <c>error:</c> line naming the range, on every command that takes it; never a stack trace, never silence.
/// </summary>
public sealed class YearRangeTests : IDisposable
{
    private readonly LedgerProcess _ledger = new();

    public void Dispose() => _ledger.Dispose();

    public static TheoryData<string, string[]> Commands() => new()
    {
        { "0", ["export", "--year"] },
        { "1999", ["table", "perubahan", "--unit", Mangkutana.Unit, "--year"] },
        { "2101", ["table", "capaian", "--unit", Mangkutana.Unit, "--triwulan", "2", "--year"] },
        { "99999", ["history", "--unit", Mangkutana.Unit, "--year"] },
        { "0", ["import", "budget", Repo.Sample("mangkutana-2020-murni.csv"), "--unit", Mangkutana.Unit, "--stage", "murni", "--effective", "2019-12-31", "--year"] },
        { "1999", ["import", "realisasi", Repo.Sample("towuti-2023-realisasi-tw4.csv"), "--unit", "Kecamatan Towuti", "--triwulan", "4", "--year"] },
        { "2101", ["correct", "--unit", Mangkutana.Unit, "--stage", "murni", "--kode", "0.00.4.36.08.05.06", "--pagu", "3.600.000", "--effective", "2019-12-31", "--reason", "salah ketik", "--year"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_year_outside_2000_to_2100_exits_2_naming_the_range(string year, string[] command)
    {
        var run = _ledger.Run([.. command, year]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --year {year}: a fiscal year is 2000 to 2100", run.Error.Split('\n')[0]);
        Assert.Single(run.Error.Split('\n'), line => line.StartsWith("error:", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("", run.Out);
        Assert.False(File.Exists(_ledger.StorePath), "no store is opened for a usage mistake");
    }
}
