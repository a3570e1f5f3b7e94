namespace Ledger.Cli.Tests.Support;

/// <summary>Seeds 002 (Kecamatan Malili 2021) and 003 (Kecamatan Towuti 2023): budgets and realisasi.</summary>
public static class Samples
{
    public const string Towuti = "Kecamatan Towuti";
    public const string Malili = "Kecamatan Malili";

    public static void ImportTowuti(LedgerProcess ledger)
    {
        // Only the post-perubahan pagu is printed; with no murni before it, it is the first budget of the stream.
        ledger.RunAt("2023-01-02T09:00:00Z", "import", "budget", Repo.Sample("towuti-2023-budget.csv"), "--unit", Towuti, "--year", "2023",
            "--stage", "murni", "--effective", "2023-01-01").ShouldSucceed();
        ledger.RunAt("2024-01-15T09:00:00Z", "import", "realisasi", Repo.Sample("towuti-2023-realisasi-tw4.csv"), "--unit", Towuti,
            "--year", "2023", "--triwulan", "4").ShouldSucceed();
    }

    public static void ImportMaliliBudget(LedgerProcess ledger) =>
        ledger.RunAt("2021-01-04T09:00:00Z", "import", "budget", Repo.Sample("malili-2021-budget.csv"), "--unit", Malili, "--year", "2021",
            "--stage", "murni", "--effective", "2020-12-31").ShouldSucceed();

    public static LedgerRun ImportMaliliRealisasi(LedgerProcess ledger, string file, int triwulan, string recorded, params string[] extra) =>
        ledger.RunAt(recorded, ["import", "realisasi", file, "--unit", Malili, "--year", "2021", "--triwulan", $"{triwulan}", .. extra]);

    public static Dictionary<string, List<string[]>> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(CsvLine.Split)
            .GroupBy(cells => cells[0])
            .ToDictionary(g => g.Key, g => g.ToList());

    /// <summary>A copy of a sample sheet with some cells replaced: (kode, column) → value.</summary>
    public static string Edited(LedgerProcess ledger, string sample, string name, params (string Kode, string Column, string Value)[] edits)
    {
        var lines = File.ReadAllLines(Repo.Sample(sample));
        var header = CsvLine.Split(lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = CsvLine.Split(lines[i]);
            foreach (var edit in edits.Where(e => e.Kode == cells[0]))
                cells[Array.IndexOf(header, edit.Column)] = edit.Value;
            lines[i] = string.Join(',', cells.Select(c => c.Contains(',') || c.Contains('"') ? $"\"{c.Replace("\"", "\"\"")}\"" : c));
        }
        var path = Path.Combine(ledger.Folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
