using Ledger.Cli.Tests.Support;
using Npgsql;

namespace Ledger.Cli.Tests.Journal;

/// <summary>The seed tables, time travel, all-or-nothing imports and tamper evidence on the PostgreSQL store, through the CLI.</summary>
public sealed class PostgresEndToEndTests : IDisposable
{
    private readonly LedgerProcess _ledger = new(postgres: true);

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public void Seed_000_gives_the_same_table_as_on_sqlite()
    {
        using var sqlite = new LedgerProcess();
        Mangkutana.ImportBoth(sqlite);
        Mangkutana.ImportBoth(_ledger);

        var csv = Mangkutana.Table(_ledger, "--format", "csv").Out;

        Assert.Equal(Mangkutana.Table(sqlite, "--format", "csv").Out, csv);
        Assert.Equal(["905397900", "569287900", "-336110000"], Mangkutana.CsvRows(csv)["JUMLAH"][3..6]);
        Assert.Equal(["905397900", "905397900", "0"],
            Mangkutana.CsvRows(Mangkutana.Table(_ledger, "--format", "csv", "--as-of", "2020-06-30").Out)["JUMLAH"][3..6]);
        Assert.Equal(sqlite.Export(), _ledger.Export());
    }

    [Fact]
    public void A_bad_sheet_leaves_the_postgres_journal_as_it_was()
    {
        Mangkutana.ImportMurni(_ledger);
        var before = _ledger.Export();
        var bad = Path.Combine(_ledger.Folder, "bad.csv");
        File.WriteAllText(bad, File.ReadAllText(Repo.Sample("mangkutana-2020-perubahan.csv")).Replace("4.253.500", "4.25x.500"));

        var run = _ledger.Run("import", "budget", bad, "--unit", Mangkutana.Unit, "--year", "2020", "--stage", "perubahan", "--effective", "2020-08-05");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {bad}:", run.Error);
        Assert.Equal(before, _ledger.Export());
    }

    [Fact]
    public void Capaian_of_seed_003_on_postgres_absorbs_96_19_percent()
    {
        Samples.ImportTowuti(_ledger);

        var csv = _ledger.Run("table", "capaian", "--unit", Samples.Towuti, "--year", "2023", "--format", "csv").ShouldSucceed().Out;

        Assert.Equal(["3813748600", "3668505868", "96.19"], Samples.Rows(csv)["JUMLAH"].Single()[8..11]);
    }

    [Fact]
    public void Verify_names_the_position_of_a_byte_changed_with_sql()
    {
        Mangkutana.ImportBoth(_ledger);
        Assert.Contains("224 events, hash chain intact", _ledger.Run("verify").ShouldSucceed().Out);
        using (var connection = new NpgsqlConnection(_ledger.PostgresConnection))
        {
            connection.Open();
            using var command = new NpgsqlCommand(
                """
                ALTER TABLE events DISABLE TRIGGER USER;
                UPDATE events SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '4253500', '4253600'), 'UTF8') WHERE position = 174;
                """, connection);
            command.ExecuteNonQuery();
        }

        var run = _ledger.Run("verify");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("position 174", run.Error);
    }
}
