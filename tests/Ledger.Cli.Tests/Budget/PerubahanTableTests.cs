using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Budget;

/// <summary>The change table of the seeds, through the real CLI, on each store.</summary>
public abstract class PerubahanTableTests(LedgerProcess seeds)
{
    private readonly LedgerProcess _ledger = seeds;

    [Fact]
    public void Seed_000_gives_every_program_and_kegiatan_of_Tabel_3_3_with_the_printed_figures()
    {
        var csv = Mangkutana.Table(_ledger, "--format", "csv").Out;

        Assert.StartsWith("kode,level,uraian,pagu_sebelum,pagu_setelah,perubahan,indikator,target_sebelum,target_setelah\n", csv);
        var rows = Mangkutana.CsvRows(csv);
        var printed = PrintedTabel33();
        Assert.Equal(40, printed.Count);
        Assert.Equal(41, rows.Count);
        foreach (var (kode, (sebelum, setelah, perubahan)) in printed)
        {
            Assert.True(rows.ContainsKey(kode), $"{kode} is missing from the table");
            Assert.Equal([sebelum, setelah, perubahan], rows[kode][3..6]);
        }
        Assert.Equal(["905397900", "569287900", "-336110000"], rows["JUMLAH"][3..6]);
        Assert.Equal("JUMLAH", csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Split(',')[0]);
    }

    [Fact]
    public void A_program_dropped_by_the_perubahan_still_appears_with_setelah_zero()
    {
        var rows = Mangkutana.CsvRows(Mangkutana.Table(_ledger, "--format", "csv").Out);

        Assert.Equal(["program", "Program Peningkatan Kapasitas Sumber Daya Aparatur", "5000000", "0", "-5000000"], rows["0.00.4.36.08.04"][1..6]);
        Assert.Equal(["500000", "0", "-500000"], rows["4.36.4.36.08.72.01"][3..6]);
    }

    [Fact]
    public void Rows_are_in_code_order_with_programs_before_their_kegiatan()
    {
        var codes = Mangkutana.Table(_ledger, "--format", "csv").OutLines.Skip(1).SkipLast(1).Select(l => l.Split(',')[0]).ToList();

        Assert.Equal("0.00.4.36.08.01", codes[0]);
        Assert.Equal("0.00.4.36.08.01.01", codes[1]);
        Assert.Equal("4.36.4.36.08.72.02", codes[^1]);
        Assert.True(codes.IndexOf("0.00.4.36.08.01.22") < codes.IndexOf("0.00.4.36.08.02"));
    }

    [Fact]
    public void Seed_001_totals_2_609_196_707_before_and_2_479_196_707_after_at_sub_kegiatan_level()
    {
        var csv = _ledger.Run("table", "perubahan", "--unit", SeedStores.Kalaena, "--year", "2021", "--format", "csv").ShouldSucceed().Out;

        var rows = Mangkutana.CsvRows(csv);
        Assert.Equal(["2609196707", "2479196707", "-130000000"], rows["JUMLAH"][3..6]);
        Assert.Contains(rows.Values, r => r[1] == "sub_kegiatan");
        Assert.Equal("program", rows["7.01.01"][1]);
        Assert.Equal("kegiatan", rows["7.01.01.2.01"][1]);
    }

    [Fact]
    public void The_markdown_table_is_formatted_the_Indonesian_way()
    {
        var md = Mangkutana.Table(_ledger).Out;

        Assert.Contains("| **JUMLAH** |  |  | **Rp 905.397.900** | **Rp 569.287.900** | **(336.110.000)** |", md);
        Assert.Contains("| 0.00.4.36.08.05 | program | Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan | Rp 3.500.000 | Rp 4.253.500 | Rp 753.500 |", md);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("csv")]
    [InlineData("json")]
    public void The_seed_000_table_matches_its_approved_file(string format)
    {
        Golden.Verify($"Golden/mangkutana-2020-perubahan.{format}", Mangkutana.Table(_ledger, "--format", format).Out);
    }

    [Fact]
    public void The_history_of_a_revised_line_matches_its_approved_file()
    {
        // The rincian column words typed Money and Quantity values in the writer: pagu, the signed change, targets.
        var history = _ledger.Run("history", "--unit", Mangkutana.Unit, "--year", Mangkutana.Year, "--kode", "0.00.4.36.08.05.06");
        Golden.Verify("Golden/mangkutana-2020-history-0.00.4.36.08.05.06.md", history.ShouldSucceed().Out);
    }

    [Fact]
    public void Out_picks_the_format_from_the_extension()
    {
        var path = Path.Combine(_ledger.Folder, "perubahan-table.csv");

        Mangkutana.Table(_ledger, "--out", path);

        Assert.Equal(Mangkutana.Table(_ledger, "--format", "csv").Out, File.ReadAllText(path));
    }

    private static Dictionary<string, (string Sebelum, string Setelah, string Perubahan)> PrintedTabel33() =>
        File.ReadAllLines(Repo.Data("seed000-tabel-3.3.csv")).Skip(1)
            .Select(CsvLine.Split)
            .Where(cells => cells[1] is "program" or "kegiatan")
            .ToDictionary(cells => cells[3], cells => (cells[18], cells[20], cells[22]));

    public sealed class OnSqlite(SeedStores seeds) : PerubahanTableTests(seeds.For(StoreKind.Sqlite));

    public sealed class OnPostgres(SeedStores seeds) : PerubahanTableTests(seeds.For(StoreKind.Postgres));
}
