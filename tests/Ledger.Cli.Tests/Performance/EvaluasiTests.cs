using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Performance;

/// <summary>Seed 002 (Kecamatan Malili 2021): the Renja evaluation table and realisasi over time.</summary>
public abstract class EvaluasiTests : IDisposable
{
    private const string Tw1Recorded = "2021-04-06T09:00:00Z";
    private readonly LedgerProcess _ledger;

    protected EvaluasiTests(StoreKind store)
    {
        _ledger = new LedgerProcess(store);
        Samples.ImportMaliliBudget(_ledger);
    }

    public void Dispose() => _ledger.Dispose();

    private Dictionary<string, List<string[]>> Table(string name, params string[] extra) =>
        Samples.Rows(_ledger.Run(["table", name, "--unit", Samples.Malili, "--year", "2021", "--format", "csv", .. extra]).ShouldSucceed().Out);

    [Fact]
    public void Tabel_2_1_triwulan_I_and_capaian_reproduce_from_events()
    {
        Samples.ImportMaliliRealisasi(_ledger, Repo.Sample("malili-2021-realisasi-tw1.csv"), 1, Tw1Recorded).ShouldSucceed();

        var rows = Table("evaluasi");

        // Sub kegiatan 02.01.01: target 100 Orang, TW I 100 and Rp 27.746.290 of 35.501.690 (78,15 %).
        var musrenbang = rows["02.01.01"].Single();
        Assert.Equal(["100", "35501690", "100", "27746290"], musrenbang[8..12]);
        Assert.Equal(["100", "27746290", "100.00", "78.15"], musrenbang[18..22]);
        Assert.Equal(["", "", "", "", "", ""], musrenbang[12..18]);
        Assert.Equal(["4165047672", "603541811"], [rows["JUMLAH"][0][9], rows["JUMLAH"][0][19]]);
        Assert.Equal("14.49", rows["JUMLAH"][0][21]);
    }

    [Fact]
    public void Every_line_of_the_triwulan_I_sheet_reproduces_or_is_one_of_the_seeds_own_disagreements()
    {
        Samples.ImportMaliliRealisasi(_ledger, Repo.Sample("malili-2021-realisasi-tw1.csv"), 1, Tw1Recorded).ShouldSucceed();
        var rows = Table("evaluasi");
        var disagreements = File.ReadAllLines(Repo.Sample("expected-findings.csv")).Skip(1).Select(CsvLine.Split)
            .Where(f => f[0] == "malili-2021-realisasi-tw1.csv").Select(f => f[1]).ToHashSet();
        var printed = File.ReadAllLines(Repo.Sample("malili-2021-realisasi-tw1.csv")).Skip(1).Select(CsvLine.Split).ToList();

        var compared = 0;
        foreach (var cells in printed.Where(c => !disagreements.Contains(c[0])))
        {
            var row = rows[cells[0]][0];
            if (cells[1] is not ("" or "-"))
                Assert.Equal(cells[1].Replace(".", ""), row[19]);
            if (cells[4].Length > 0)
            {
                // The print agrees at the number of decimals it was printed with.
                var decimals = cells[4].Contains(',') ? cells[4].Length - cells[4].IndexOf(',') - 1 : 0;
                var computed = decimal.Parse(row[21], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(cells[4], Math.Round(computed, decimals, MidpointRounding.AwayFromZero).ToString($"F{decimals}", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ','));
            }
            compared++;
        }
        Assert.True(compared >= 35, $"only {compared} lines compared");
        Assert.Contains("06.08", disagreements);
        Assert.Equal("152847839", rows["06.08"][0][19]);
    }

    [Fact]
    public void Renstra_targets_and_last_years_realisasi_fill_their_columns()
    {
        var budget = Samples.Edited(_ledger, "malili-2021-budget.csv", "renstra.csv");
        var lines = File.ReadAllLines(budget).ToList();
        lines[0] += ",target_renstra,pagu_renstra";
        for (var i = 1; i < lines.Count; i++)
            lines[i] += CsvLine.Split(lines[i])[0] == "02.01.01" ? ",500,250.000.000" : ",,";
        File.WriteAllLines(budget, lines);
        _ledger.RunAt("2020-01-04T09:00:00Z", "import", "budget", Repo.Sample("malili-2021-budget.csv"), "--unit", Samples.Malili,
            "--year", "2020", "--stage", "murni", "--effective", "2019-12-31").ShouldSucceed();
        _ledger.RunAt("2021-01-10T09:00:00Z", "import", "realisasi", Repo.Sample("malili-2021-realisasi-tw1.csv"), "--unit", Samples.Malili,
            "--year", "2020", "--triwulan", "4").ShouldSucceed();
        _ledger.RunAt("2021-01-11T09:00:00Z", "import", "budget", budget, "--unit", Samples.Malili, "--year", "2021",
            "--stage", "murni", "--effective", "2020-12-31").ShouldSucceed();

        var row = Table("evaluasi")["02.01.01"].Single();

        Assert.Equal(["500", "250000000", "100", "27746290"], row[4..8]);
    }

    [Fact]
    public void The_csv_columns_are_those_of_the_readme()
    {
        var header = _ledger.Run("table", "evaluasi", "--unit", Samples.Malili, "--year", "2021", "--format", "csv").ShouldSucceed().OutLines[0];

        Assert.Equal("kode,level,uraian,indikator,target_renstra_k,target_renstra_rp,realisasi_lalu_k,realisasi_lalu_rp,target_k,target_rp,tw1_k,tw1_rp,tw2_k,tw2_rp,tw3_k,tw3_rp,tw4_k,tw4_rp,realisasi_k,realisasi_rp,capaian_k_pct,capaian_rp_pct", header);
    }

    [Fact]
    public void Triwulan_II_shows_a_late_report_effective_in_the_quarter_only_once_known()
    {
        Samples.ImportMaliliRealisasi(_ledger, Repo.Sample("malili-2021-realisasi-tw1.csv"), 1, Tw1Recorded).ShouldSucceed();
        var tw2 = Samples.Edited(_ledger, "malili-2021-realisasi-tw1.csv", "tw2.csv", ("02.01.01", "realisasi", "30.000.000"));
        Samples.ImportMaliliRealisasi(_ledger, tw2, 2, "2021-08-20T09:00:00Z").ShouldSucceed();

        string Spent(params string[] time) => Table("capaian", time)["02.01.01"][0][9];

        Assert.Equal("27746290", Spent("--triwulan", "1"));
        Assert.Equal("30000000", Spent("--triwulan", "2"));
        Assert.Equal("27746290", Spent("--triwulan", "2", "--as-known-at", "2021-07-31T00:00:00Z"));
        var evaluasi = Table("evaluasi")["02.01.01"].Single();
        Assert.Equal(["27746290", "0", "2253710"], [evaluasi[11], evaluasi[12], evaluasi[13]]);
    }

    [Fact]
    public void A_later_report_for_the_same_period_supersedes_the_earlier_and_history_keeps_both()
    {
        Samples.ImportMaliliRealisasi(_ledger, Repo.Sample("malili-2021-realisasi-tw1.csv"), 1, Tw1Recorded).ShouldSucceed();
        var revised = Samples.Edited(_ledger, "malili-2021-realisasi-tw1.csv", "tw1-revisi.csv", ("02.01.01", "realisasi", "28.000.000"));
        Samples.ImportMaliliRealisasi(_ledger, revised, 1, "2021-04-20T09:00:00Z").ShouldSucceed();

        Assert.Equal("28000000", Table("capaian", "--triwulan", "1")["02.01.01"][0][9]);
        var history = _ledger.Run("history", "--unit", Samples.Malili, "--year", "2021", "--kode", "02.01.01", "--format", "csv").ShouldSucceed().Out;
        Assert.Equal(2, history.Split('\n').Count(l => l.Contains("RealisasiReported")));
    }

    [Fact]
    public void Bad_realisasi_sheets_exit_1_naming_the_cell_and_change_nothing()
    {
        Samples.ImportMaliliRealisasi(_ledger, Repo.Sample("malili-2021-realisasi-tw1.csv"), 1, Tw1Recorded).ShouldSucceed();
        var before = _ledger.Export();
        var unknown = Samples.Edited(_ledger, "malili-2021-realisasi-tw1.csv", "unknown.csv", ("02.01.01", "kode", "02.01.99"));
        var lower = Samples.Edited(_ledger, "malili-2021-realisasi-tw1.csv", "lower.csv", ("02.01.01", "realisasi", "1.000.000"));
        var notANumber = Samples.Edited(_ledger, "malili-2021-realisasi-tw1.csv", "nan.csv", ("02.01.01", "realisasi", "27.746.29O"));

        var runs = new[]
        {
            (Samples.ImportMaliliRealisasi(_ledger, unknown, 2, "2021-07-05T09:00:00Z"), unknown, "kode 02.01.99 is not a line"),
            (Samples.ImportMaliliRealisasi(_ledger, lower, 2, "2021-07-05T09:00:00Z"), lower, "falls from 27746290 to 1000000"),
            (Samples.ImportMaliliRealisasi(_ledger, notANumber, 2, "2021-07-05T09:00:00Z"), notANumber, "not a Rupiah amount"),
        };

        foreach (var (run, file, what) in runs)
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Matches($@"^error: {System.Text.RegularExpressions.Regex.Escape(file)}:\d+:\d+ ", run.Error);
            Assert.Contains(what, run.Error);
        }
        Assert.Equal(before, _ledger.Export());
    }

    [Fact]
    public void A_wrong_earlier_report_is_corrected_by_importing_its_period_again_with_a_reason()
    {
        Samples.ImportMaliliRealisasi(_ledger, Repo.Sample("malili-2021-realisasi-tw1.csv"), 1, Tw1Recorded).ShouldSucceed();
        var lower = Samples.Edited(_ledger, "malili-2021-realisasi-tw1.csv", "lower.csv", ("02.01.01", "realisasi", "1.000.000"));

        Samples.ImportMaliliRealisasi(_ledger, lower, 1, "2021-07-05T09:00:00Z", "--correction", "--reason", "SP2D dibatalkan").ShouldSucceed();
        Samples.ImportMaliliRealisasi(_ledger, lower, 2, "2021-07-06T09:00:00Z").ShouldSucceed();

        Assert.Equal("1000000", Table("capaian", "--triwulan", "2")["02.01.01"][0][9]);
        var evaluasi = Table("evaluasi", "--triwulan", "2")["02.01.01"].Single();
        Assert.Equal(["1000000", "0", "0"], [evaluasi[11], evaluasi[12], evaluasi[13]]);
    }

    [Fact]
    public void A_correction_that_would_make_a_later_quarter_fall_below_an_earlier_one_is_refused_with_both_figures()
    {
        Samples.ImportMaliliRealisasi(_ledger, Repo.Sample("malili-2021-realisasi-tw1.csv"), 1, Tw1Recorded).ShouldSucceed();
        var before = _ledger.Export();
        var lower = Samples.Edited(_ledger, "malili-2021-realisasi-tw1.csv", "lower.csv", ("02.01.01", "realisasi", "1.000.000"));

        var run = Samples.ImportMaliliRealisasi(_ledger, lower, 2, "2021-07-05T09:00:00Z", "--correction", "--reason", "SP2D dibatalkan");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("falls from 27746290 to 1000000, below the report to 2021-03-31", run.Error);
        Assert.Equal(before, _ledger.Export());
    }

    public sealed class OnSqlite() : EvaluasiTests(StoreKind.Sqlite);

    public sealed class OnPostgres() : EvaluasiTests(StoreKind.Postgres);
}
