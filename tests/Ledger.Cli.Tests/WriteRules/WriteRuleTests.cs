using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.WriteRules;

/// <summary>
/// Issue 11, the write path's rules end to end (findings 2, 3, 4, 5, 11 and 16): the built <c>ledger</c> on each store.
/// A refusal is exit 1 with one <c>error:</c> line and the journal byte for byte as it was.
/// </summary>
public abstract class WriteRuleTests(StoreKind store) : IDisposable
{
    private const string Kegiatan = "0.00.4.36.08.04.03";
    private readonly LedgerProcess _ledger = new(store);

    public void Dispose() => _ledger.Dispose();

    private LedgerRun ImportMurni(string sheet, string recorded, params string[] extra) =>
        _ledger.RunAt(recorded, ["import", "budget", sheet, "--unit", Mangkutana.Unit, "--year", Mangkutana.Year, "--stage", "murni",
            "--effective", "2019-12-31", .. extra]);

    private static void AssertRefused(LedgerRun run, string containing)
    {
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", error);
        Assert.Contains(containing, error);
    }

    [Fact]
    public void Finding_2_given_a_sheet_without_the_indikator_column_when_the_column_comes_back_empty_then_the_indicators_are_dropped()
    {
        Mangkutana.ImportMurni(_ledger);
        var without = SheetCopies.WithoutColumns(_ledger, "mangkutana-2020-murni.csv", "tanpa-indikator.csv", "indikator", "target");
        var empty = SheetCopies.WithEmptyColumns(_ledger, "mangkutana-2020-murni.csv", "indikator-kosong.csv", "indikator", "target");

        ImportMurni(without, "2020-01-03T09:00:00Z").ShouldSucceed();
        Assert.Contains("2 Orang", Mangkutana.CsvRows(Mangkutana.Table(_ledger, "--format", "csv").Out)[Kegiatan][7]);
        var run = ImportMurni(empty, "2020-01-04T09:00:00Z").ShouldSucceed();

        Assert.Contains("events appended", run.Out);
        var row = Mangkutana.CsvRows(Mangkutana.Table(_ledger, "--format", "csv").Out)[Kegiatan];
        Assert.Equal(["", "", ""], row[6..9]);
    }

    [Fact]
    public void Finding_3_given_triwulan_I_and_III_when_a_correction_puts_triwulan_I_above_triwulan_III_then_it_is_refused_with_both_figures()
    {
        Samples.ImportMaliliBudget(_ledger);
        Samples.ImportMaliliRealisasi(_ledger, Repo.Sample("malili-2021-realisasi-tw1.csv"), 1, "2021-04-06T09:00:00Z").ShouldSucceed();
        var tw3 = Samples.Edited(_ledger, "malili-2021-realisasi-tw1.csv", "tw3.csv", ("02.01.01", "realisasi", "30.000.000"));
        Samples.ImportMaliliRealisasi(_ledger, tw3, 3, "2021-10-06T09:00:00Z").ShouldSucceed();
        var before = _ledger.Export();
        var tw1 = Samples.Edited(_ledger, "malili-2021-realisasi-tw1.csv", "tw1-koreksi.csv", ("02.01.01", "realisasi", "40.000.000"));

        var run = Samples.ImportMaliliRealisasi(_ledger, tw1, 1, "2021-10-07T09:00:00Z", "--correction", "--reason", "salah input SP2D");

        AssertRefused(run, "realisasi of 02.01.01 is cumulative but 40000000 exceeds the 30000000 already reported to 2021-09-30");
        Assert.Matches($@"^error: {System.Text.RegularExpressions.Regex.Escape(tw1)}:\d+:\d+ ", run.Error);
        Assert.Equal(before, _ledger.Export());
    }

    [Fact]
    public void Finding_4_given_a_stream_when_the_clock_reads_earlier_than_its_last_event_then_a_write_is_refused_naming_both_instants()
    {
        Mangkutana.ImportBoth(_ledger);
        var before = _ledger.Export();

        var correction = _ledger.RunAt("2020-08-01T00:00:00Z", "correct", "--unit", Mangkutana.Unit, "--year", Mangkutana.Year, "--stage", "murni",
            "--kode", "0.00.4.36.08.05.06", "--pagu", "3.600.000", "--effective", "2020-03-01", "--reason", "salah ketik pada DPA");
        var import = _ledger.RunAt("2020-08-05T09:59:59Z", "import", "budget", Repo.Sample("mangkutana-2020-murni.csv"), "--unit", Mangkutana.Unit,
            "--year", Mangkutana.Year, "--stage", "perubahan", "--effective", "2020-08-06");

        AssertRefused(correction, "the clock reads 2020-08-01T00:00:00Z, earlier than 2020-08-05T10:00:00Z");
        AssertRefused(import, "the clock reads 2020-08-05T09:59:59Z, earlier than 2020-08-05T10:00:00Z");
        Assert.Equal(before, _ledger.Export());
    }

    [Fact]
    public void Finding_5_given_a_murni_when_it_is_re_imported_unchanged_with_another_date_then_it_is_refused_and_a_valid_perubahan_still_goes_in()
    {
        Mangkutana.ImportMurni(_ledger);
        var before = _ledger.Export();

        var moved = _ledger.RunAt("2020-01-03T09:00:00Z", "import", "budget", Repo.Sample("mangkutana-2020-murni.csv"), "--unit", Mangkutana.Unit,
            "--year", Mangkutana.Year, "--stage", "murni", "--effective", "2020-09-01");

        AssertRefused(moved, "in force from 2019-12-31, and a re-import cannot move it to 2020-09-01");
        Assert.Equal(before, _ledger.Export());
        Mangkutana.ImportPerubahan(_ledger);
        Assert.Equal(["905397900", "569287900", "-336110000"], Mangkutana.CsvRows(Mangkutana.Table(_ledger, "--format", "csv").Out)["JUMLAH"][3..6]);
    }

    [Fact]
    public void Finding_11_given_a_murni_when_a_pagu_is_corrected_to_the_largest_64_bit_amount_then_it_is_refused_and_the_tables_still_work()
    {
        Mangkutana.ImportMurni(_ledger);
        var before = _ledger.Export();

        var run = _ledger.RunAt("2020-02-01T00:00:00Z", "correct", "--unit", Mangkutana.Unit, "--year", Mangkutana.Year, "--stage", "murni",
            "--kode", "0.00.4.36.08.05.06", "--pagu", "9.223.372.036.854.775.807", "--effective", "2019-12-31", "--reason", "uji batas");

        AssertRefused(run, "pagu of 0.00.4.36.08.05.06 is 9223372036854775807, above the 1000000000000000");
        Assert.Equal(before, _ledger.Export());
        Assert.Equal("905397900", Mangkutana.CsvRows(Mangkutana.Table(_ledger, "--format", "csv").Out)["JUMLAH"][3]);
    }

    [Fact]
    public void Finding_16_realisasi_above_the_pagu_warns_and_a_same_stage_re_import_removing_lines_with_realisasi_needs_a_reason()
    {
        Samples.ImportMaliliBudget(_ledger);

        var realisasi = Samples.ImportMaliliRealisasi(_ledger, Repo.Sample("malili-2021-realisasi-tw1.csv"), 1, "2021-04-06T09:00:00Z").ShouldSucceed();

        Assert.Contains(
            "warning: " + Repo.Sample("malili-2021-realisasi-tw1.csv") + ":41 06.08.04 realisasi exceeds the pagu in force at 2021-03-31 by 109915500, 7x: "
            + "printed 127250000, computed 17334500",
            realisasi.Error);
        var before = _ledger.Export();
        var without = SheetCopies.WithoutRows(_ledger, "malili-2021-budget.csv", "tanpa-02.csv", "02");
        string[] reimport = ["import", "budget", without, "--unit", Samples.Malili, "--year", "2021", "--stage", "murni", "--effective", "2020-12-31"];

        var refused = _ledger.RunAt("2021-04-07T09:00:00Z", reimport);

        AssertRefused(refused, "would remove 2 line(s) with realisasi reported on them (e.g. 02.01.01)");
        Assert.Equal(before, _ledger.Export());
        _ledger.RunAt("2021-04-07T09:00:00Z", [.. reimport, "--reason", "program 02 dipindah ke OPD lain"]).ShouldSucceed();
    }

    public sealed class OnSqlite() : WriteRuleTests(StoreKind.Sqlite);

    public sealed class OnPostgres() : WriteRuleTests(StoreKind.Postgres);
}
