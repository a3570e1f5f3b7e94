using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Performance;

/// <summary>
/// A refused Renstra, PK or kinerja sheet (contract §9) exits 1 with one <c>error: FILE:ROW:COLUMN what</c> line and
/// leaves the journal byte for byte as it was; a bad option is a usage error (exit 2).
/// </summary>
public abstract class FrameworkBadInputTests : IDisposable
{
    private readonly LedgerProcess _ledger;
    private readonly string _before;

    protected FrameworkBadInputTests(StoreKind store)
    {
        _ledger = new LedgerProcess(store);
        Samples.ImportTowuti(_ledger);
        TowutiFrameworkSheets.ImportRenstra(_ledger).ShouldSucceed();
        TowutiFrameworkSheets.ImportPk(_ledger, 2023).ShouldSucceed();
        _before = _ledger.Export();
    }

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public void Given_a_PK_indicator_missing_from_the_Renstra_then_the_error_names_its_row_column_and_the_closest_Renstra_name()
    {
        var sheet = TowutiFrameworkSheets.WithCell(_ledger, "towuti-2023-pk.csv", 2, "indikator", "Indeks Kepuasan Masyarakt", "pk-misspelt.csv");

        var run = TowutiFrameworkSheets.ImportPk(_ledger, 2023, sheet);

        AssertRefused(run, $"{sheet}:2:2 ", "closest is 'Indeks Kepuasan Masyarakat'");
    }

    [Fact]
    public void Given_a_PK_program_kode_that_is_no_line_of_the_years_budget_then_the_error_names_the_program_cell()
    {
        var sheet = TowutiFrameworkSheets.WithCell(_ledger, "towuti-2023-pk.csv", 3, "program", "01;99", "pk-kode.csv");

        var run = TowutiFrameworkSheets.ImportPk(_ledger, 2023, sheet);

        AssertRefused(run, $"{sheet}:3:5 ", "program 99 is not a line of the 2023 budget");
    }

    [Fact]
    public void Given_a_PK_target_that_is_not_a_number_then_the_error_names_the_target_cell()
    {
        var sheet = TowutiFrameworkSheets.WithCell(_ledger, "towuti-2023-pk.csv", 2, "target", "tinggi", "pk-target.csv");

        var run = TowutiFrameworkSheets.ImportPk(_ledger, 2023, sheet);

        AssertRefused(run, $"{sheet}:2:4 ", "target");
    }

    [Fact]
    public void Given_a_PK_for_a_year_outside_the_Renstra_then_it_is_refused_naming_the_Renstras_period()
    {
        var run = _ledger.Run("import", "pk", Repo.Sample("towuti-2022-pk.csv"), "--unit", Samples.Towuti, "--year", "2027", "--effective", "2027-01-31");

        AssertRefused(run, $"{Repo.Sample("towuti-2022-pk.csv")}:0:0 ", "a PK for 2027 lies outside the Renstra of Kecamatan Towuti (2021–2026)");
    }

    [Fact]
    public void Given_a_kinerja_sheet_for_a_year_with_no_PK_then_the_error_names_the_indicator_cell()
    {
        var sheet = Repo.Sample("towuti-2022-kinerja-tw4.csv");

        var run = TowutiFrameworkSheets.ImportKinerja(_ledger, 2022, sheet);

        AssertRefused(run, $"{sheet}:2:1 ", "has no PK");
    }

    [Fact]
    public void Given_a_kinerja_row_for_an_indicator_not_in_the_PK_then_the_error_names_its_row_and_the_closest_PK_name()
    {
        var sheet = TowutiFrameworkSheets.WithCell(_ledger, "towuti-2023-kinerja-tw4.csv", 3, "indikator", "Nilai LAKIP Kecamatan Towuti", "kinerja-lakip.csv");

        var run = TowutiFrameworkSheets.ImportKinerja(_ledger, 2023, sheet);

        AssertRefused(run, $"{sheet}:3:1 ", "is not in the 2023 PK of Kecamatan Towuti");
    }

    [Fact]
    public void Given_a_Renstra_target_that_is_not_a_number_then_the_error_names_its_cell_and_nothing_changes()
    {
        var sheet = TowutiFrameworkSheets.WithCell(_ledger, "towuti-renstra-2021-2026.csv", 3, "target_2023", "delapan", "renstra-target.csv");

        var run = TowutiFrameworkSheets.ImportRenstra(_ledger, sheet);

        AssertRefused(run, $"{sheet}:3:10 ", "target_2023");
    }

    [Theory]
    [InlineData("renstra", "--period", "2021")]
    [InlineData("renstra", "--period", "2026-2021")]
    [InlineData("renstra", "--period", "21-26")]
    public void Given_a_period_that_is_not_YYYY_YYYY_then_it_is_a_usage_error(string kind, string option, string value)
    {
        var run = _ledger.Run("import", kind, Repo.Sample("towuti-renstra-2021-2026.csv"), "--unit", Samples.Towuti, option, value,
            "--effective", "2021-06-30");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--period", run.Error);
        Assert.Equal(_before, _ledger.Export());
    }

    [Fact]
    public void Given_both_triwulan_and_period_end_then_the_kinerja_import_is_a_usage_error()
    {
        var run = _ledger.Run("import", "kinerja", Repo.Sample("towuti-2023-kinerja-tw4.csv"), "--unit", Samples.Towuti, "--year", "2023",
            "--triwulan", "4", "--period-end", "2023-12-31");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not both", run.Error);
        Assert.Equal(_before, _ledger.Export());
    }

    [Fact]
    public void Given_neither_triwulan_nor_period_end_then_the_kinerja_import_is_a_usage_error()
    {
        var run = _ledger.Run("import", "kinerja", Repo.Sample("towuti-2023-kinerja-tw4.csv"), "--unit", Samples.Towuti, "--year", "2023");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(_before, _ledger.Export());
    }

    private void AssertRefused(LedgerRun run, string where, string what)
    {
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: " + where, error);
        Assert.Contains(what, error);
        Assert.Equal(_before, _ledger.Export());
    }

    public sealed class OnSqlite() : FrameworkBadInputTests(StoreKind.Sqlite);

    public sealed class OnPostgres() : FrameworkBadInputTests(StoreKind.Postgres);
}
