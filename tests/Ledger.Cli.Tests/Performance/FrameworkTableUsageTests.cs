namespace Ledger.Cli.Tests.Performance;

/// <summary>
/// <c>ledger table iku|efisiensi|perkembangan|predikat|renstra</c> (contract §9): usage mistakes exit 2 before any
/// store is read, a unit-year without a PK exits 1 with one <c>error:</c> line. The tables on data are specified at
/// the application level (TowutiPerformanceTablesSpecs).
/// </summary>
public sealed class FrameworkTableUsageTests : IDisposable
{
    private const string Towuti = "Kecamatan Towuti";

    private readonly LedgerProcess _ledger = new();

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public void Given_a_usage_mistake_each_framework_table_exits_2_with_one_error_line()
    {
        LedgerRun[] runs =
        [
            _ledger.Run("table", "iku", "--unit", Towuti),
            _ledger.Run("table", "iku", "--unit", Towuti, "--year", "2023", "--triwulan", "2", "--as-of", "2023-06-30"),
            _ledger.Run("table", "iku", "--unit", Towuti, "--year", "2023", "--predikat", "bintang"),
            _ledger.Run("table", "efisiensi", "--unit", Towuti, "--year", "2023", "--as-known-at", "kemarin"),
            _ledger.Run("table", "perkembangan", "--unit", Towuti, "--year", "2023", "--since", "2024"),
            _ledger.Run("table", "predikat", "--unit", Towuti, "--year", "2023", "--triwulan", "5"),
            _ledger.Run("table", "renstra", "--unit", Towuti, "--period", "2026-2021"),
            _ledger.Run("table", "renstra", "--unit", Towuti),
        ];

        Assert.All(runs, run => Assert.Equal(2, run.ExitCode));
        Assert.All(runs, run => Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_store_without_the_year_s_PK_the_IKU_table_exits_1_naming_what_to_import()
    {
        var run = _ledger.Run("table", "iku", "--unit", Towuti, "--year", "2023");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: no PK for Kecamatan Towuti 2023 in this store: import one first (ledger import pk)", run.Error.Trim());
    }

    [Fact]
    public void Given_a_predikat_scale_file_that_does_not_exist_the_table_exits_1()
    {
        var run = _ledger.Run("table", "predikat", "--unit", Towuti, "--year", "2023", "--predikat", Path.Combine(_ledger.Folder, "skala.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
    }
}
