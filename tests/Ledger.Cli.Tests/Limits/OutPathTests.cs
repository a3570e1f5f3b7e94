using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Limits;

/// <summary>
/// Contract §11: an <c>--out</c> path that can't be written is one <c>error:</c> line (exit 1), and a folder that
/// does not exist is refused, never created.
/// </summary>
public sealed class OutPathTests : IDisposable
{
    private readonly LedgerProcess _ledger = new();

    public OutPathTests() => Mangkutana.ImportMurni(_ledger);

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public void Given_a_folder_as_out_when_a_table_is_written_then_one_error_line()
    {
        var run = Mangkutana.TableRun(_ledger, "--out", _ledger.Folder);

        AssertOneErrorLine(run, "is a folder");
    }

    [Fact]
    public void Given_an_out_path_in_a_missing_folder_when_a_table_is_written_then_it_is_refused_and_the_folder_not_created()
    {
        var folder = Path.Combine(_ledger.Folder, "nonexistent");

        var run = Mangkutana.TableRun(_ledger, "--out", Path.Combine(folder, "x.csv"));

        AssertOneErrorLine(run, "does not exist");
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Given_a_folder_nobody_may_write_into_when_a_table_is_written_then_one_error_line()
    {
        // /proc refuses new files even to root, so this holds whoever runs the tests.
        var run = Mangkutana.TableRun(_ledger, "--out", "/proc/tabel.csv");

        AssertOneErrorLine(run, "can't be written");
    }

    [Fact]
    public void Given_an_out_path_under_a_file_when_exported_then_one_error_line()
    {
        var file = Path.Combine(_ledger.Folder, "a-file");
        File.WriteAllText(file, "x");

        AssertOneErrorLine(_ledger.Run("export", "--out", Path.Combine(file, "events.jsonl")), "does not exist");
    }

    [Fact]
    public void Given_a_folder_as_the_out_of_export_then_one_error_line()
    {
        AssertOneErrorLine(_ledger.Run("export", "--out", _ledger.Folder), "is a folder");
    }

    private static void AssertOneErrorLine(LedgerRun run, string what)
    {
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: --out ", error);
        Assert.Contains(what, error);
    }
}
