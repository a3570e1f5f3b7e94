using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Performance;

/// <summary>
/// Kecamatan Towuti's performance framework (seed 003) imported through the CLI from the sample sheets: the Renstra
/// 2021–2026, the PKs of 2021–2023 and their Triwulan IV pengukuran, with pinned clocks after the 2023 budget.
/// </summary>
public static class TowutiFrameworkSheets
{
    public static LedgerRun ImportRenstra(LedgerProcess ledger, string? file = null) =>
        ledger.RunAt("2024-02-01T09:00:00Z", "import", "renstra", file ?? Repo.Sample("towuti-renstra-2021-2026.csv"), "--unit", Samples.Towuti,
            "--period", "2021-2026", "--effective", "2021-06-30", "--basis", "Peraturan Camat Towuti tentang Renstra 2021-2026");

    public static LedgerRun ImportPk(LedgerProcess ledger, int year, string? file = null, string recorded = "2024-02-02T09:00:00Z") =>
        ledger.RunAt(recorded, "import", "pk", file ?? Repo.Sample($"towuti-{year}-pk.csv"), "--unit", Samples.Towuti,
            "--year", $"{year}", "--effective", $"{year}-01-31");

    public static LedgerRun ImportKinerja(LedgerProcess ledger, int year, string? file = null) =>
        ledger.RunAt("2024-02-03T09:00:00Z", "import", "kinerja", file ?? Repo.Sample($"towuti-{year}-kinerja-tw4.csv"), "--unit", Samples.Towuti,
            "--year", $"{year}", "--triwulan", "4");

    /// <summary>The 2023 budget and realisasi, the Renstra, the three PKs and the three pengukuran, each accepted.</summary>
    public static void ImportAll(LedgerProcess ledger)
    {
        Samples.ImportTowuti(ledger);
        ImportRenstra(ledger).ShouldSucceed();
        foreach (var year in new[] { 2021, 2022, 2023 })
            ImportPk(ledger, year).ShouldSucceed();
        foreach (var year in new[] { 2021, 2022, 2023 })
            ImportKinerja(ledger, year).ShouldSucceed();
    }

    /// <summary>A copy of a sample sheet with one cell replaced: the 1-based <paramref name="row"/> (the header is 1) and the column's header name.</summary>
    public static string WithCell(LedgerProcess ledger, string sample, int row, string column, string value, string name)
    {
        var lines = File.ReadAllLines(Repo.Sample(sample));
        var header = CsvLine.Split(lines[0]);
        var cells = CsvLine.Split(lines[row - 1]);
        cells[Array.IndexOf(header, column)] = value;
        lines[row - 1] = string.Join(',', cells.Select(c => c.Contains(',') || c.Contains('"') ? $"\"{c.Replace("\"", "\"\"")}\"" : c));
        var path = Path.Combine(ledger.Folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
