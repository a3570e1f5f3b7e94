using System.Text.RegularExpressions;

namespace Ledger.Cli.Tests.Faults;

/// <summary>One import of the crash loop's sequence: its CLI arguments and the pinned clock it runs at.</summary>
public sealed partial record ImportStep(string Name, string Now, IReadOnlyList<string> Args)
{
    /// <summary>The events the import reported appending: "N events appended", or 0 for "nothing new".</summary>
    public static int Appended(LedgerRun run)
    {
        var appended = AppendedPattern().Match(run.Out);
        if (appended.Success)
            return int.Parse(appended.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(run.Out.Contains("nothing new", StringComparison.Ordinal), $"an import that reports neither events appended nor nothing new: {run}");
        return 0;
    }

    [GeneratedRegex(@" lines, (\d+) events appended to ")]
    private static partial Regex AppendedPattern();
}

/// <summary>
/// The imports the crash loop kills, in order: two streams (two dinas of 2024), budgets at two stages and a realisasi,
/// 1,100 to 2,600 sheet lines and 1,400 to 10,000 events each. Each runs at its own pinned instant, so every run
/// of a step writes the same events and a journal can be compared line by line with a reference run.
/// </summary>
public static class CrashScenario
{
    public const string Besar = "Dinas Besar";
    public const string Kecil = "Dinas Kecil";
    private const string Year = "2024";

    public static IReadOnlyList<ImportStep> Write(string folder)
    {
        var murni = LargeSheets.Murni(folder, "besar-murni.csv", subKegiatan: 25);
        var kecil = LargeSheets.Murni(folder, "kecil-murni.csv", subKegiatan: 10);
        var tw1 = LargeSheets.Realisasi(folder, "besar-tw1.csv", subKegiatan: 25);
        var perubahan = LargeSheets.Perubahan(folder, "besar-perubahan.csv", subKegiatan: 25);
        return
        [
            new("murni of Dinas Besar", "2024-01-02T09:00:00Z",
                ["import", "budget", murni, "--unit", Besar, "--year", Year, "--stage", "murni", "--effective", "2023-12-31", "--basis", "Perda No. 9 Tahun 2023"]),
            new("murni of Dinas Kecil", "2024-01-03T09:00:00Z",
                ["import", "budget", kecil, "--unit", Kecil, "--year", Year, "--stage", "murni", "--effective", "2023-12-31", "--basis", "Perda No. 9 Tahun 2023"]),
            new("realisasi TW I of Dinas Besar", "2024-04-10T09:00:00Z",
                ["import", "realisasi", tw1, "--unit", Besar, "--year", Year, "--triwulan", "1"]),
            new("perubahan of Dinas Besar", "2024-08-06T09:00:00Z",
                ["import", "budget", perubahan, "--unit", Besar, "--year", Year, "--stage", "perubahan", "--effective", "2024-08-05",
                    "--basis", "Perda No. 4 Tahun 2024", "--reason", "pergeseran antar kegiatan"]),
        ];
    }

    /// <summary>The tables compared with the reference once every import of the sequence is in (Dinas Kecil's journal is compared, its table adds little).</summary>
    public static IReadOnlyList<string[]> Tables =>
    [
        ["table", "perubahan", "--unit", Besar, "--year", Year, "--format", "csv"],
        ["table", "capaian", "--unit", Besar, "--year", Year, "--triwulan", "1", "--format", "csv"],
    ];
}
