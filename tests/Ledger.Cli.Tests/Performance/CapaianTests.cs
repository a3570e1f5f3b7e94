using ClosedXML.Excel;
using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Performance;

/// <summary>Seed 003 (Kecamatan Towuti 2023): serapan and the Perjanjian Kinerja capaian from events.</summary>
public abstract class CapaianTests(LedgerProcess seeds)
{
    private readonly LedgerProcess _ledger = seeds;

    private string Capaian(params string[] extra) =>
        _ledger.Run(["table", "capaian", "--unit", Samples.Towuti, "--year", "2023", "--format", "csv", .. extra]).ShouldSucceed().Out;

    [Fact]
    public void The_whole_unit_absorbs_3_668_505_868_of_3_813_748_600_that_is_96_19_percent()
    {
        var jumlah = Samples.Rows(Capaian())["JUMLAH"].Single();

        Assert.Equal(["3813748600", "3668505868", "96.19"], jumlah[8..11]);
    }

    [Fact]
    public void The_csv_has_the_contract_columns()
    {
        Assert.StartsWith("kode,level,uraian,indikator,target,realisasi_kinerja,capaian_pct,predikat,pagu,realisasi,serapan_pct\n", Capaian());
    }

    [Fact]
    public void The_program_and_kegiatan_lines_of_the_realisation_table_reproduce_from_events()
    {
        var rows = Samples.Rows(Capaian());
        var printed = File.ReadAllLines(Repo.Sample("towuti-2023-realisasi-tw4.csv")).Skip(1).Select(CsvLine.Split)
            .Where(cells => cells[0].Count(c => c == '.') < 2)
            .ToList();

        Assert.Equal(21, printed.Count);
        foreach (var cells in printed)
            Assert.Equal(cells[1].Replace(".", ""), rows[cells[0]][0][9]);
        Assert.Equal(["3596481306", "3452818934", "96.01"], rows["01"][0][8..11]);
    }

    [Fact]
    public void The_Perjanjian_Kinerja_capaian_reproduces_IKM_84_05_against_78_5()
    {
        var rows = Samples.Rows(Capaian());

        var ikm = rows["02"].Single(r => r[3] == "Indeks Kepuasan Masyarakat");
        Assert.Equal(["78.5", "84.05", "107.07", "Sangat Tinggi"], ikm[4..8]);
        var penunjang = rows["01"].Single();
        Assert.Equal(["100", "93.5", "93.50", "Sangat Tinggi"], penunjang[4..8]);
    }

    [Fact]
    public void The_LKjIP_scale_gives_the_words_of_seed_003()
    {
        var rows = Samples.Rows(Capaian("--predikat", "lkjip"));

        Assert.Equal("Sangat Memuaskan", rows["02"].Single(r => r[3] == "Indeks Kepuasan Masyarakat")[7]);
        Assert.Equal("Kurang Memuaskan", rows["02"].Single(r => r[3] != "Indeks Kepuasan Masyarakat")[7]);
        // Tabel 3.8 prints 93,50 "Sangat Memuaskan" but 98,87 "Memuaskan": no monotone scale fits both (E11).
        Assert.Equal("Memuaskan", rows["01"].Single()[7]);
    }

    [Fact]
    public void Before_the_year_end_report_is_in_force_nothing_is_realised()
    {
        var jumlah = Samples.Rows(Capaian("--triwulan", "3"))["JUMLAH"].Single();

        Assert.Equal(["3813748600", "0", "0.00"], jumlah[8..11]);
        Assert.All(Samples.Rows(Capaian("--triwulan", "3")).Values.SelectMany(r => r), r => Assert.Equal("", r[6]));
    }

    [Fact]
    public void An_xlsx_table_opens_again_and_holds_the_numbers_of_the_csv()
    {
        var path = Path.Combine(_ledger.Folder, "capaian.xlsx");
        _ledger.Run("table", "capaian", "--unit", Samples.Towuti, "--year", "2023", "--out", path).ShouldSucceed();
        var csv = Capaian().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(CsvLine.Split).ToList();

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(1);
        Assert.Equal(csv.Count, sheet.LastRowUsed().RowNumber());
        for (var r = 1; r < csv.Count; r++)
        {
            Assert.Equal(csv[r][0], sheet.Cell(r + 1, 1).GetString());
            Assert.Equal(decimal.Parse(csv[r][8], System.Globalization.CultureInfo.InvariantCulture), sheet.Cell(r + 1, 9).GetValue<decimal>());
            Assert.Equal(decimal.Parse(csv[r][9], System.Globalization.CultureInfo.InvariantCulture), sheet.Cell(r + 1, 10).GetValue<decimal>());
        }
        Assert.Equal("kode", sheet.Cell(1, 1).GetString());
    }

    [Fact]
    public void An_html_table_is_a_standalone_indonesian_page()
    {
        var html = _ledger.Run("table", "capaian", "--unit", Samples.Towuti, "--year", "2023", "--format", "html").ShouldSucceed().Out;

        Assert.Contains("lang=\"id\"", html);
        Assert.Contains("Rp 3.813.748.600", html);
        Assert.Contains("96,19%", html);
    }

    public sealed class OnSqlite(SeedStores seeds) : CapaianTests(seeds.For(StoreKind.Sqlite));

    public sealed class OnPostgres(SeedStores seeds) : CapaianTests(seeds.For(StoreKind.Postgres));
}
