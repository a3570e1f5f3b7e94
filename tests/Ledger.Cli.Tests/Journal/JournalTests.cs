using ClosedXML.Excel;
using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Journal;

/// <summary>Export, append, verify and replay of the whole journal; XLSX sheets.</summary>
public abstract class JournalTests : IDisposable
{
    private readonly StoreKind _store;
    private readonly LedgerProcess _ledger;

    protected JournalTests(StoreKind store)
    {
        _store = store;
        _ledger = new LedgerProcess(store);
    }

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public void Export_then_append_into_an_empty_store_of_the_other_kind_gives_the_same_tables_and_the_same_export()
    {
        // The other kind, so that the stores are shown to hold and give back the very same bytes.
        using var other = new LedgerProcess(_store == StoreKind.Sqlite ? StoreKind.Postgres : StoreKind.Sqlite);
        Mangkutana.ImportBoth(_ledger);
        var events = Path.Combine(other.Folder, "events.jsonl");
        File.WriteAllText(events, _ledger.Export());

        var appended = other.Run("append", events).ShouldSucceed();
        var again = other.Run("append", events).ShouldSucceed();

        Assert.StartsWith("224 of 224 events appended", appended.Out);
        Assert.StartsWith("0 of 224 events appended", again.Out);
        Assert.Equal(Mangkutana.Table(_ledger, "--format", "csv").Out, Mangkutana.Table(other, "--format", "csv").Out);
        Assert.Equal(_ledger.Export(), other.Export());
    }

    [Fact]
    public void Append_refuses_a_bad_line_and_writes_nothing()
    {
        using var other = new LedgerProcess(_store);
        Mangkutana.ImportMurni(_ledger);
        var lines = _ledger.Export().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.Insert(5, "{\"id\":\"not-an-event\"}");
        var events = Path.Combine(other.Folder, "events.jsonl");
        File.WriteAllLines(events, lines);

        var run = other.Run("append", events);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {events}:6:1 ", run.Error);
        Assert.Empty(other.ExportedEvents());
    }

    [Fact]
    public void Append_refuses_a_shuffled_export_in_one_error_line_and_writes_nothing()
    {
        // Issue 11, finding 1: this was "224 of 224 events appended", with JUMLAH 129.089.530 → 348.022.930.
        using var other = new LedgerProcess(_store);
        Mangkutana.ImportBoth(_ledger);
        var lines = _ledger.ExportedEvents();
        new Random(11).Shuffle(lines);
        var events = Path.Combine(other.Folder, "events.jsonl");
        File.WriteAllLines(events, lines);

        var run = other.Run("append", events);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($"^error: {System.Text.RegularExpressions.Regex.Escape(events)}:\\d+:1 [^\n]+\n$", run.Error);
        Assert.Empty(other.ExportedEvents());
    }

    [Fact]
    public void Append_of_an_event_held_with_other_content_is_a_conflict_and_leaves_the_journal_as_it_was()
    {
        Mangkutana.ImportMurni(_ledger);
        var before = _ledger.Export();
        var lines = _ledger.ExportedEvents();
        var at = Array.FindIndex(lines, l => l.Contains("\"type\":\"PaguAllocated\"", StringComparison.Ordinal));
        lines[at] = System.Text.RegularExpressions.Regex.Replace(lines[at], "\"pagu\":\\d+", "\"pagu\":1");
        var events = Path.Combine(_ledger.Folder, "events.jsonl");
        File.WriteAllLines(events, lines);

        var run = _ledger.Run("append", events);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($"^error: {System.Text.RegularExpressions.Regex.Escape(events)}:{at + 1}:1 conflict: event [0-9a-f-]+ is already in the journal with other content\n$", run.Error);
        Assert.Equal(before, _ledger.Export());
    }

    [Fact]
    public void Verify_passes_on_an_intact_journal_and_names_the_position_of_a_changed_byte()
    {
        Mangkutana.ImportBoth(_ledger);
        Assert.Contains("224 events, hash chain intact", _ledger.Run("verify").ShouldSucceed().Out);

        Tampering.ChangePayload(_ledger, position: 174, from: "4253500", to: "4253600");

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
        using var other = new LedgerProcess(_store);
        Mangkutana.ImportMurni(other);

        Assert.Equal(Mangkutana.Table(other, "--format", "csv").Out, Mangkutana.Table(_ledger, "--format", "csv").Out);
    }

    public sealed class OnSqlite() : JournalTests(StoreKind.Sqlite);

    public sealed class OnPostgres() : JournalTests(StoreKind.Postgres);
}
