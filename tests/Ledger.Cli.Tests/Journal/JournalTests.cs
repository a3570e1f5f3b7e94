using ClosedXML.Excel;
using Ledger.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ledger.Cli.Tests.Journal;

/// <summary>Export, append, verify and replay of the whole journal; XLSX sheets.</summary>
public sealed class JournalTests : IDisposable
{
    private readonly LedgerProcess _ledger = new();
    private readonly LedgerProcess _other = new();

    public void Dispose()
    {
        _ledger.Dispose();
        _other.Dispose();
    }

    [Fact]
    public void Export_then_append_into_an_empty_store_gives_the_same_tables_and_the_same_export()
    {
        Mangkutana.ImportBoth(_ledger);
        var events = Path.Combine(_other.Folder, "events.jsonl");
        File.WriteAllText(events, _ledger.Export());

        var appended = _other.Run("append", events).ShouldSucceed();
        var again = _other.Run("append", events).ShouldSucceed();

        Assert.StartsWith("224 of 224 events appended", appended.Out);
        Assert.StartsWith("0 of 224 events appended", again.Out);
        Assert.Equal(Mangkutana.Table(_ledger, "--format", "csv").Out, Mangkutana.Table(_other, "--format", "csv").Out);
        Assert.Equal(_ledger.Export(), _other.Export());
    }

    [Fact]
    public void Append_refuses_a_bad_line_and_writes_nothing()
    {
        Mangkutana.ImportMurni(_ledger);
        var lines = _ledger.Export().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.Insert(5, "{\"id\":\"not-an-event\"}");
        var events = Path.Combine(_other.Folder, "events.jsonl");
        File.WriteAllLines(events, lines);

        var run = _other.Run("append", events);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {events}:6:1 ", run.Error);
        Assert.Equal("", _other.Export());
    }

    [Fact]
    public void Verify_passes_on_an_intact_journal_and_names_the_position_of_a_changed_byte()
    {
        Mangkutana.ImportBoth(_ledger);
        Assert.Contains("224 events, hash chain intact", _ledger.Run("verify").ShouldSucceed().Out);

        using (var connection = new SqliteConnection($"Data Source={_ledger.StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // An attacker with file access drops the append-only trigger first.
            command.CommandText = """
                DROP TRIGGER IF EXISTS events_no_update;
                UPDATE events SET payload = CAST(replace(CAST(payload AS TEXT), '4253500', '4253600') AS BLOB) WHERE position = 174;
                """;
            command.ExecuteNonQuery();
        }

        var run = _ledger.Run("verify");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("position 174", run.Error);
    }

    [Fact]
    public void Replay_folds_every_event_and_reports_the_rate()
    {
        Mangkutana.ImportBoth(_ledger);

        var run = _ledger.Run("replay").ShouldSucceed();

        Assert.Matches(@"^224 events, 1 streams, \d+ ms, [\d.]+ events/s\n$", run.Out);
    }

    [Fact]
    public void An_xlsx_sheet_imports_like_its_csv()
    {
        var xlsx = Path.Combine(_ledger.Folder, "murni.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Renja");
            var lines = File.ReadAllLines(Repo.Sample("mangkutana-2020-murni.csv"));
            for (var r = 0; r < lines.Length; r++)
            {
                var cells = CsvLine.Split(lines[r]);
                for (var c = 0; c < cells.Length; c++)
                {
                    // As Excel users keep them: pagu as numbers, everything else as text.
                    if (r > 0 && c == 2)
                        sheet.Cell(r + 1, c + 1).Value = long.Parse(cells[c].Replace(".", ""), System.Globalization.CultureInfo.InvariantCulture);
                    else
                        sheet.Cell(r + 1, c + 1).SetValue(cells[c]);
                }
            }
            workbook.SaveAs(xlsx);
        }
        _ledger.Run("import", "budget", xlsx, "--unit", "Kecamatan Mangkutana", "--year", "2020", "--stage", "murni", "--effective", "2019-12-31").ShouldSucceed();
        Mangkutana.ImportMurni(_other);

        Assert.Equal(Mangkutana.Table(_other, "--format", "csv").Out, Mangkutana.Table(_ledger, "--format", "csv").Out);
    }

    [Fact]
    public void Check_finds_the_disagreements_of_the_malili_budget_and_nothing_on_consistent_sheets()
    {
        var run = _ledger.Run("check", Repo.Sample("malili-2021-budget.csv"), Repo.Sample("kalaena-2021-murni.csv"),
            Repo.Sample("kalaena-2021-perubahan.csv"), Repo.Sample("mangkutana-2020-murni.csv")).ShouldSucceed();

        Assert.Equal(3, run.OutLines.Length);
        Assert.Contains(run.OutLines, l => l.Contains(" 06.05 ") && l.Contains("printed 122380069, computed 122380000"));
        Assert.Contains(run.OutLines, l => l.Contains(" 06.08 ") && l.Contains("printed 437112723, computed 182463723"));
        Assert.Contains(run.OutLines, l => l.Contains(" JUMLAH ") && l.Contains("printed 4419696211, computed 4165047672"));
    }
}
