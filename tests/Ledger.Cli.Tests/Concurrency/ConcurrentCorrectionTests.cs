using Ledger.Cli.Tests.Faults;
using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Concurrency;

/// <summary>
/// Many writers of one unit-year at once, each its own process (so each with its own actor): contention is waited
/// out, never reported as a failure, and every write lands.
/// </summary>
public abstract class ConcurrentCorrectionTests : IDisposable
{
    private const int Writers = 16;
    private const int SubKegiatan = 20;
    private const string Unit = "Dinas Serentak";
    private const string Year = "2024";
    private readonly LedgerProcess _ledger;

    protected ConcurrentCorrectionTests(StoreKind store) => _ledger = new LedgerProcess(store);

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public async Task Given_an_imported_unit_year_when_16_processes_correct_16_lines_at_once_then_all_succeed_and_all_16_are_in_the_journal()
    {
        // A dinas of 2.000 sub kegiatan (some 8.000 events): every writer that lost a race reloads a stream that
        // takes a while to fold, so the races are many, as on a real unit-year.
        var sheet = LargeSheets.Murni(_ledger.Folder, "murni.csv", SubKegiatan);
        _ledger.Run("import", "budget", sheet, "--unit", Unit, "--year", Year, "--stage", "murni", "--effective", "2023-12-31").ShouldSucceed();
        var leaves = Enumerable.Range(0, Writers).Select(i => $"7.01.{(i % 5) + 1:00}.2.{(i / 5) + 1:00}.{i + 1:0000}").ToList();

        var runs = await Task.WhenAll(leaves.Select((kode, i) => Task.Run(() => _ledger.Run(
            "correct", "--unit", Unit, "--year", Year, "--stage", "murni", "--kode", kode,
            "--pagu", $"{7_000_001 + i}", "--effective", "2023-12-31", "--reason", $"koreksi serentak {i}"))));

        Assert.All(runs, run => run.ShouldSucceed());
        var corrections = _ledger.Export().Split('\n').Count(line => line.Contains("\"PaguCorrected\"", StringComparison.Ordinal));
        Assert.Equal(Writers, corrections);
        _ledger.Run("verify").ShouldSucceed();
    }

    public sealed class OnSqlite() : ConcurrentCorrectionTests(StoreKind.Sqlite);

    public sealed class OnPostgres() : ConcurrentCorrectionTests(StoreKind.Postgres);
}
