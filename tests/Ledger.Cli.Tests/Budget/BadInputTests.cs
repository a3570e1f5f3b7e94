using System.Text.RegularExpressions;
using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Budget;

/// <summary>A rejected sheet exits 1 with one <c>error: FILE:ROW:COLUMN what</c> line and leaves the journal byte for byte as it was.</summary>
public abstract partial class BadInputTests : IDisposable
{
    private readonly LedgerProcess _ledger;
    private readonly string _before;

    protected BadInputTests(StoreKind store)
    {
        _ledger = new LedgerProcess(store);
        Mangkutana.ImportMurni(_ledger);
        _before = _ledger.Export();
    }

    public void Dispose() => _ledger.Dispose();

    [Theory]
    [InlineData("pagu", "12x", 3, 3, "pagu '12x' is not a Rupiah amount")]
    [InlineData("kode", "0.00.4.36.08.04", 3, 1, "duplicate kode 0.00.4.36.08.04 (first at row 2)")]
    [InlineData("kode", "0.00.4.36.08.09.03", 3, 1, "parent of 0.00.4.36.08.09.03 is missing")]
    public void A_bad_cell_is_named_by_file_row_and_column_and_nothing_is_written(string column, string value, int row, int col, string what)
    {
        var sheet = SheetWithCell(row, column, value);

        var run = _ledger.Run("import", "budget", sheet, "--unit", Mangkutana.Unit, "--year", "2020", "--stage", "perubahan", "--effective", "2020-08-05");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {sheet}:{row}:{col} ", error);
        Assert.Contains(what, error);
        Assert.Equal(_before, _ledger.Export());
    }

    [Fact]
    public void An_unknown_stage_exits_1_naming_the_file_and_writes_nothing()
    {
        var run = _ledger.Run("import", "budget", Repo.Sample("mangkutana-2020-perubahan.csv"), "--unit", Mangkutana.Unit, "--year", "2020",
            "--stage", "perubahan-kedua", "--effective", "2020-08-05");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(ErrorLine(), run.Error);
        Assert.Contains("unknown stage 'perubahan-kedua'", run.Error);
        Assert.Equal(_before, _ledger.Export());
    }

    [Fact]
    public void Murni_after_perubahan_is_a_stage_out_of_order()
    {
        Mangkutana.ImportPerubahan(_ledger);
        var before = _ledger.Export();
        var sheet = SheetWithCell(3, "pagu", "4.000.000");

        var run = _ledger.Run("import", "budget", sheet, "--unit", Mangkutana.Unit, "--year", "2020", "--stage", "murni", "--effective", "2019-12-31");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("out of order", run.Error);
        Assert.Equal(before, _ledger.Export());
    }

    [Fact]
    public void An_unbalanced_pergeseran_is_rejected()
    {
        var sheet = SheetWithCell(3, "pagu", "6.000.000");

        var run = _ledger.Run("import", "budget", sheet, "--unit", Mangkutana.Unit, "--year", "2020", "--stage", "pergeseran", "--effective", "2020-04-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pergeseran does not balance", run.Error);
        Assert.Equal(_before, _ledger.Export());
    }

    [Fact]
    public void A_negative_pagu_is_rejected_at_its_cell()
    {
        var sheet = SheetWithCell(3, "pagu", "(5.000.000)");

        var run = _ledger.Run("import", "budget", sheet, "--unit", Mangkutana.Unit, "--year", "2020", "--stage", "perubahan", "--effective", "2020-08-05");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {sheet}:3:3 ", run.Error);
        Assert.Contains("negative", run.Error);
        Assert.Equal(_before, _ledger.Export());
    }

    [Fact]
    public void Importing_the_same_sheet_again_appends_nothing()
    {
        var again = Mangkutana.ImportMurni(_ledger);

        Assert.Contains("nothing new", again.Out);
        Assert.Equal(_before, _ledger.Export());
    }

    private string SheetWithCell(int row, string column, string value)
    {
        var lines = File.ReadAllLines(Repo.Sample("mangkutana-2020-murni.csv"));
        var header = lines[0].Split(',');
        var cells = CsvLine.Split(lines[row - 1]);
        cells[Array.IndexOf(header, column)] = value;
        lines[row - 1] = string.Join(',', cells.Select(c => c.Contains(',') ? $"\"{c}\"" : c));
        var path = Path.Combine(_ledger.Folder, $"bad-{column}-{row}.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    [GeneratedRegex(@"^error: .+:\d+:\d+ .+\n$")]
    private static partial Regex ErrorLine();

    public sealed class OnSqlite() : BadInputTests(StoreKind.Sqlite);

    public sealed class OnPostgres() : BadInputTests(StoreKind.Postgres);
}
