namespace Ledger.Cli.Tests.Support;

/// <summary>Seed 000 (Kecamatan Mangkutana 2020), imported the way the demo does, with pinned clocks.</summary>
public static class Mangkutana
{
    public const string Unit = "Kecamatan Mangkutana";
    public const string Year = "2020";
    public const string MurniRecorded = "2020-01-02T09:00:00Z";
    public const string PerubahanRecorded = "2020-08-05T10:00:00Z";

    public static LedgerRun ImportMurni(LedgerProcess ledger) =>
        ledger.RunAt(MurniRecorded, "import", "budget", Repo.Sample("mangkutana-2020-murni.csv"),
            "--unit", Unit, "--year", Year, "--stage", "murni", "--effective", "2019-12-31",
            "--basis", "Perda Kab. Luwu Timur No. 5 Tahun 2019").ShouldSucceed();

    public static LedgerRun ImportPerubahan(LedgerProcess ledger) =>
        ledger.RunAt(PerubahanRecorded, "import", "budget", Repo.Sample("mangkutana-2020-perubahan.csv"),
            "--unit", Unit, "--year", Year, "--stage", "perubahan", "--effective", "2020-08-05",
            "--basis", "Renja-P Kecamatan Mangkutana 2020", "--reason", "penanganan Covid-19").ShouldSucceed();

    public static void ImportBoth(LedgerProcess ledger)
    {
        ImportMurni(ledger);
        ImportPerubahan(ledger);
    }

    public static LedgerRun Table(LedgerProcess ledger, params string[] extra) =>
        ledger.Run(["table", "perubahan", "--unit", Unit, "--year", Year, .. extra]).ShouldSucceed();

    /// <summary>The perubahan table command, run whatever its outcome.</summary>
    public static LedgerRun TableRun(LedgerProcess ledger, params string[] extra) =>
        ledger.Run(["table", "perubahan", "--unit", Unit, "--year", Year, .. extra]);

    /// <summary>The CSV table as rows keyed by kode.</summary>
    public static Dictionary<string, string[]> CsvRows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(CsvLine.Split)
            .ToDictionary(cells => cells[0]);
}
