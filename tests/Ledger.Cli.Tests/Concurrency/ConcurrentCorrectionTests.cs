using System.Diagnostics;
using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Concurrency;

/// <summary>
/// Many writers of one unit-year at once, each its own process (so each with its own actor): contention is waited
/// out, never reported as a failure, and every write lands.
/// </summary>
public abstract class ConcurrentCorrectionTests : IDisposable
{
    private const int Writers = 16;
    private readonly LedgerProcess _ledger;

    protected ConcurrentCorrectionTests(StoreKind store) => _ledger = new LedgerProcess(store);

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public async Task Given_an_imported_unit_year_when_16_processes_correct_16_lines_at_once_then_all_succeed_and_all_16_are_in_the_journal()
    {
        Mangkutana.ImportMurni(_ledger);
        var leaves = Leaves().Take(Writers).ToList();
        Assert.Equal(Writers, leaves.Count);
        var clock = Stopwatch.StartNew();

        var runs = await Task.WhenAll(leaves.Select((kode, i) => Task.Run(() => _ledger.Run(
            "correct", "--unit", Mangkutana.Unit, "--year", Mangkutana.Year, "--stage", "murni", "--kode", kode,
            "--pagu", $"{7_000_001 + i}", "--effective", "2019-12-31", "--reason", $"koreksi serentak {i}"))));

        Assert.All(runs, run => run.ShouldSucceed());
        var corrections = _ledger.Export().Split('\n').Count(line => line.Contains("\"PaguCorrected\"", StringComparison.Ordinal));
        Assert.Equal(Writers, corrections);
        _ledger.Run("verify").ShouldSucceed();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"16 corrections took {clock.Elapsed}");
    }

    /// <summary>Codes of the murni sheet that carry a pagu and are nobody's parent.</summary>
    private static IEnumerable<string> Leaves()
    {
        var rows = File.ReadAllLines(Repo.Sample("mangkutana-2020-murni.csv")).Skip(1).Select(CsvLine.Split).ToList();
        var kodes = rows.Select(r => r[0].Trim()).Where(k => k.Length > 0).ToList();
        return rows
            .Where(r => r[0].Trim().Length > 0 && r[2].Trim().Length > 0)
            .Select(r => r[0].Trim())
            .Where(k => !kodes.Any(other => other.StartsWith(k + ".", StringComparison.Ordinal)));
    }

    public sealed class OnSqlite() : ConcurrentCorrectionTests(StoreKind.Sqlite);

    public sealed class OnPostgres() : ConcurrentCorrectionTests(StoreKind.Postgres);
}
