using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Budget;

/// <summary>The table as legally in force on a date, and as the ledger knew it at an instant.</summary>
public abstract class TimeTravelTests(LedgerProcess seeds)
{
    private readonly LedgerProcess _ledger = seeds;

    [Fact]
    public void As_of_Triwulan_II_the_perubahan_is_not_in_force_so_setelah_equals_sebelum()
    {
        var rows = Mangkutana.CsvRows(Mangkutana.Table(_ledger, "--format", "csv", "--as-of", "2020-06-30").Out);

        Assert.Equal(["905397900", "905397900", "0"], rows["JUMLAH"][3..6]);
        Assert.All(rows.Values, r => Assert.Equal(r[3], r[4]));
    }

    [Fact]
    public void Asking_for_the_perubahan_explicitly_before_it_is_in_force_still_shows_no_change()
    {
        var rows = Mangkutana.CsvRows(Mangkutana.Table(_ledger, "--format", "csv", "--as-of", "2020-06-30", "--setelah", "perubahan").Out);

        Assert.Equal(["905397900", "905397900", "0"], rows["JUMLAH"][3..6]);
    }

    [Fact]
    public void As_known_before_the_perubahan_was_imported_shows_the_same_as_before_it()
    {
        var asKnown = Mangkutana.Table(_ledger, "--format", "csv", "--as-known-at", "2020-08-05T09:59:59Z").Out;
        var asOf = Mangkutana.Table(_ledger, "--format", "csv", "--as-of", "2020-06-30").Out;

        Assert.Equal(asOf, asKnown);
        Assert.Equal(["905397900", "569287900", "-336110000"],
            Mangkutana.CsvRows(Mangkutana.Table(_ledger, "--format", "csv", "--as-known-at", Mangkutana.PerubahanRecorded).Out)["JUMLAH"][3..6]);
    }

    [Fact]
    public void A_correction_recorded_later_with_an_earlier_effective_date_shows_as_of_that_date_only_once_known()
    {
        using var ledger = new LedgerProcess(_ledger.Kind);
        Mangkutana.ImportBoth(ledger);
        ledger.RunAt("2020-09-01T08:00:00Z", "correct", "--unit", Mangkutana.Unit, "--year", Mangkutana.Year, "--stage", "murni",
            "--kode", "0.00.4.36.08.05.06", "--pagu", "3.600.000", "--effective", "2020-03-01",
            "--reason", "salah ketik pada DPA").ShouldSucceed();

        string Kegiatan(params string[] time) =>
            Mangkutana.CsvRows(Mangkutana.Table(ledger, ["--format", "csv", .. time]).Out)["0.00.4.36.08.05.06"][3];

        Assert.Equal("3500000", Kegiatan("--as-of", "2020-02-28"));
        Assert.Equal("3600000", Kegiatan("--as-of", "2020-06-30"));
        Assert.Equal("3500000", Kegiatan("--as-of", "2020-06-30", "--as-known-at", "2020-08-31T00:00:00Z"));
        Assert.Equal("3600000", Kegiatan("--as-of", "2020-06-30", "--as-known-at", "2020-09-01T08:00:00Z"));
        var history = ledger.Run("history", "--unit", Mangkutana.Unit, "--year", Mangkutana.Year, "--kode", "0.00.4.36.08.05.06",
            "--format", "csv").ShouldSucceed().Out;
        Assert.Contains("PaguAllocated", history);
        Assert.Contains("PaguCorrected", history);
        Assert.Contains("salah ketik pada DPA", history);
    }

    [Fact]
    public void History_lists_every_event_of_a_line_oldest_first_with_its_basis()
    {
        var lines = _ledger.Run("history", "--unit", Mangkutana.Unit, "--year", Mangkutana.Year, "--kode", "0.00.4.36.08.04.03",
            "--format", "csv").ShouldSucceed().OutLines;

        Assert.StartsWith("versi,berlaku,tercatat,tahap,kode,peristiwa,rincian,dasar_hukum,alasan,oleh", lines[0]);
        Assert.Contains("LineOpened", lines[1]);
        Assert.Contains("2019-12-31", lines[1]);
        Assert.Contains("LineRemoved", lines[^1]);
        Assert.Contains("Renja-P Kecamatan Mangkutana 2020", lines[^1]);
        Assert.Contains("penanganan Covid-19", lines[^1]);
        Assert.Contains("tester", lines[^1]);
    }

    public sealed class OnSqlite(SeedStores seeds) : TimeTravelTests(seeds.For(StoreKind.Sqlite));

    public sealed class OnPostgres(SeedStores seeds) : TimeTravelTests(seeds.For(StoreKind.Postgres));
}
