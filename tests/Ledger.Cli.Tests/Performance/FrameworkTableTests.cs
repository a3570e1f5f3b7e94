using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Performance;

/// <summary>
/// The LKjIP tables of contract §9.4 through the built CLI, on Towuti's imported Renstra, PKs, pengukuran and 2023
/// budget and realisasi: the figures the document prints (or should have printed), on each store.
/// </summary>
public abstract class FrameworkTableTests : IDisposable
{
    private const string Ikm = "Indeks Kepuasan Masyarakat";
    private readonly LedgerProcess _ledger;

    protected FrameworkTableTests(StoreKind store)
    {
        _ledger = new LedgerProcess(store);
        TowutiFrameworkSheets.ImportAll(_ledger);
    }

    public void Dispose() => _ledger.Dispose();

    private List<string[]> Csv(params string[] args) =>
        _ledger.Run(["table", .. args, "--unit", Samples.Towuti, "--format", "csv"]).ShouldSucceed().OutLines.Select(CsvLine.Split).ToList();

    [Fact]
    public void The_IKU_table_of_2023_gives_IKM_107_07_against_78_5_Sasaran_II_93_50_and_the_end_target_84_1()
    {
        var rows = Csv("iku", "--year", "2023", "--triwulan", "4");

        Assert.Equal("level,sasaran,indikator,satuan,target,realisasi,capaian_pct,predikat,target_akhir,capaian_akhir_pct", string.Join(',', rows[0]));
        var ikm = rows.Single(r => r[0] == "indikator" && r[2] == Ikm);
        Assert.Equal(["78.5", "84.05", "107.07", "Sangat Tinggi", "84.1", "99.94"], ikm[4..10]);
        var sasaran = rows.Where(r => r[0] == "sasaran").Select(r => r[6]).ToList();
        Assert.Equal(["107.07", "93.50"], sasaran);
        Assert.Equal("RATA-RATA", rows[^1][0]);
    }

    [Fact]
    public void Efisiensi_sums_the_programs_each_sasaran_names_99_27_and_96_01()
    {
        var rows = Csv("efisiensi", "--year", "2023", "--triwulan", "4");

        Assert.Equal("sasaran,capaian_pct,pagu,realisasi,serapan_pct,efisiensi_pct,sisa_anggaran", string.Join(',', rows[0]));
        Assert.Equal(["107.07", "217267294", "215686934", "99.27"], rows[1][1..5]);
        Assert.Equal(["93.50", "3596481306", "3452818934", "96.01"], rows[2][1..5]);
        Assert.Equal("JUMLAH", rows[^1][0]);
    }

    [Fact]
    public void Perkembangan_puts_the_IKM_of_2021_to_2023_side_by_side()
    {
        var rows = Csv("perkembangan", "--year", "2023");

        Assert.Equal("sasaran,indikator,capaian_2021,capaian_2022,capaian_2023", string.Join(',', rows[0]));
        Assert.Equal(["113.16", "113.37", "107.07"], rows.Single(r => r[1] == Ikm)[2..5]);
    }

    [Fact]
    public void As_known_before_the_pengukuran_was_imported_the_IKU_table_has_targets_and_no_realisasi()
    {
        // The pengukuran was recorded at 2024-02-03T09:00Z, the PKs a day before.
        var ikm = Csv("iku", "--year", "2023", "--as-known-at", "2024-02-02T12:00:00Z").Single(r => r[0] == "indikator" && r[2] == Ikm);

        Assert.Equal(["78.5", "", ""], ikm[4..7]);
    }

    [Fact]
    public void The_predikat_and_renstra_tables_are_written_too()
    {
        var predikat = Csv("predikat", "--year", "2023", "--triwulan", "4", "--predikat", "ordinal");
        Assert.Equal("sasaran,jumlah_indikator,baik_sekali,baik,cukup,kurang,sangat_kurang", string.Join(',', predikat[0]));
        Assert.Equal(["JUMLAH", "2", "1", "1", "0", "0", "0"], predikat[^1]);

        var renstra = Csv("renstra", "--period", "2021-2026");
        Assert.StartsWith("tingkat,tujuan,sasaran,indikator,satuan,arah,kondisi_awal,target_2021,", string.Join(',', renstra[0]));
        Assert.EndsWith(",target_2026,target_akhir", string.Join(',', renstra[0]));
    }

    public sealed class OnSqlite() : FrameworkTableTests(StoreKind.Sqlite);

    public sealed class OnPostgres() : FrameworkTableTests(StoreKind.Postgres);
}
