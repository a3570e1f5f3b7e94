using System.Text.Json;

namespace Ledger.Cli.Tests.Faults;

/// <summary>
/// A SQLite journal on a disk that fills up (a 2 MiB tmpfs; see <see cref="SmallDisk"/> for where mounting is not
/// permitted): the import that no longer fits fails with one clear <c>error:</c> line, and the journal keeps every
/// import that reported success, whole, and nothing of the one that failed.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private const int DiskKib = 2048;
    private const string Year = "2024";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ledger-tests", "disk-" + Guid.NewGuid().ToString("N"));
    private readonly SmallDisk _disk;
    private readonly string _sheet;

    public DiskFullTests()
    {
        Directory.CreateDirectory(_folder);
        _disk = SmallDisk.Create(Path.Combine(_folder, "disk"), DiskKib);
        // 152 lines, about 600 events and 350 KiB of journal: the 2 MiB disk takes a few of them.
        _sheet = LargeSheets.Small(_folder, "dinas.csv", subKegiatan: 150);
    }

    private string DbPath => Path.Combine(_disk.Folder, "ledger.db");

    public void Dispose()
    {
        _disk.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a test must not fail over it.
        }
    }

    [Fact]
    public void An_import_that_fills_the_disk_fails_in_one_line_and_the_journal_keeps_every_whole_import()
    {
        var imported = new Dictionary<string, int>();
        string? failedUnit = null;
        LedgerRun? failed = null;
        for (var i = 1; i <= 40 && failed is null; i++)
        {
            var unit = $"Dinas {i:00}";
            var run = Import(unit);
            if (run.ExitCode == 0)
                imported[unit] = ImportStep.Appended(run);
            else
                (failedUnit, failed) = (unit, run);
        }

        Assert.True(failed is not null, $"{imported.Count} imports and the {DiskKib} KiB disk never filled");
        Assert.True(imported.Count > 0, $"the first import already failed: {failed}");
        var error = OneErrorLine(failed);
        TestContext.Current.TestOutputHelper?.WriteLine($"{imported.Count} imports fitted on the {(_disk.IsTmpfs ? "tmpfs" : "size limit")}, then: {error}");
        if (_disk.IsTmpfs)
            Assert.Equal($"error: the disk holding {DbPath} is full; nothing was appended", error);
        else
            Assert.Matches($"^error: .*{System.Text.RegularExpressions.Regex.Escape(DbPath)}.*; nothing was appended$", error);

        // Still full: reading the journal works, or fails in one line too.
        var verifyWhileFull = Run("verify");
        if (verifyWhileFull.ExitCode != 0)
            OneErrorLine(verifyWhileFull);

        _disk.Grow(64 * 1024);
        var events = imported.Values.Sum();
        Assert.Contains($"ok: {events} events, hash chain intact", Run("verify").Out);
        var byUnit = Export().GroupBy(e => e.Unit).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(imported.Keys.Order(), byUnit.Keys.Order());
        foreach (var (unit, stream) in byUnit)
        {
            Assert.Equal(imported[unit], stream.Count);
            Assert.Equal(["BudgetSheetImported"], stream.Where(e => e.Type.EndsWith("SheetImported", StringComparison.Ordinal)).Select(e => e.Type));
        }
        // With room again, the import that failed goes through whole.
        var retried = Import(failedUnit!);
        Assert.True(retried.ExitCode == 0, $"the failed import run again with room: {retried}");
        Assert.Equal(imported.Values.First(), ImportStep.Appended(retried));
        Assert.Contains($"ok: {events + imported.Values.First()} events, hash chain intact", Run("verify").Out);
    }

    [Fact]
    public void A_journal_that_cannot_even_be_opened_on_a_full_disk_says_so_in_one_line()
    {
        if (!_disk.IsTmpfs)
            Assert.Skip("no tmpfs (mounting one needs root; or LEDGER_SMALL_DISK=limit): a file size limit cannot stop SQLite's open, and ulimit -f 0 stops the .NET runtime itself");
        var first = Import("Dinas 01");
        Assert.True(first.ExitCode == 0, $"{first}");
        var events = ImportStep.Appended(first);
        // The first run closed the journal cleanly (no -wal, no -shm); opening it again needs room for them.
        var filler = _disk.FillUp();

        var import = Import("Dinas 02");
        var verify = Run("verify");

        Assert.Equal($"error: the disk holding {DbPath} is full; nothing was appended", OneErrorLine(import));
        if (verify.ExitCode != 0)
            Assert.Equal($"error: the disk holding {DbPath} is full; the journal was not changed", OneErrorLine(verify));
        File.Delete(filler);
        Assert.Contains($"ok: {events} events, hash chain intact", Run("verify").Out);
        Assert.Equal(["Dinas 01"], Export().Select(e => e.Unit).Distinct());
    }

    private LedgerRun Import(string unit) =>
        Run("import", "budget", _sheet, "--unit", unit, "--year", Year, "--stage", "murni", "--effective", "2023-12-31");

    private LedgerRun Run(params string[] args) =>
        ProcessRunner.Run(_disk.Wrap(LedgerProcess.StartInfo("sqlite:" + DbPath, _folder, null, args)));

    private List<(string Unit, string Type)> Export()
    {
        var export = Run("export");
        Assert.True(export.ExitCode == 0, $"ledger export: {export}");
        return export.OutLines.Where(l => !LedgerProcess.IsExportTrailer(l)).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return (json.RootElement.GetProperty("unit").GetString()!, json.RootElement.GetProperty("type").GetString()!);
        }).ToList();
    }

    /// <summary>Exit 1 and exactly one line on stderr, an <c>error:</c> (no stack trace, no warnings); returns it.</summary>
    private static string OneErrorLine(LedgerRun? run)
    {
        Assert.NotNull(run);
        Assert.True(run.ExitCode == 1 && run.ErrorLines.Length == 1 && run.ErrorLines[0].StartsWith("error: ", StringComparison.Ordinal),
            $"expected exit 1 and one error: line: {run}");
        return run.ErrorLines[0];
    }
}
