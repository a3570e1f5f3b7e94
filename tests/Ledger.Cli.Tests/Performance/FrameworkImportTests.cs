using ClosedXML.Excel;
using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Performance;

/// <summary>
/// <c>ledger import renstra|pk|kinerja</c> (contract §9) end to end: Towuti's Renstra, PKs and pengukuran become
/// events, are reported like a budget import, re-import to nothing, and show in <c>history</c>.
/// </summary>
public abstract class FrameworkImportTests : IDisposable
{
    private readonly LedgerProcess _ledger;

    protected FrameworkImportTests(StoreKind store)
    {
        _ledger = new LedgerProcess(store);
        Samples.ImportTowuti(_ledger);
    }

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public void Given_the_2023_budget_when_the_Renstra_PKs_and_pengukuran_are_imported_then_each_reports_its_events()
    {
        var renstra = TowutiFrameworkSheets.ImportRenstra(_ledger).ShouldSucceed();
        Assert.Matches(@"towuti-renstra-2021-2026\.csv: 4 lines, \d+ events appended to Kecamatan Towuti 2021, Renstra 2021-2026 \(version \d+\)", renstra.Out);

        foreach (var year in new[] { 2021, 2022, 2023 })
            Assert.Contains($"events appended to Kecamatan Towuti {year}, PK", TowutiFrameworkSheets.ImportPk(_ledger, year).ShouldSucceed().Out);
        foreach (var year in new[] { 2021, 2022, 2023 })
        {
            Assert.Contains($"events appended to Kecamatan Towuti {year}, pengukuran s.d. {year}-12-31",
                TowutiFrameworkSheets.ImportKinerja(_ledger, year).ShouldSucceed().Out);
        }
    }

    [Fact]
    public void Given_the_framework_imported_when_every_sheet_is_imported_again_then_nothing_is_appended()
    {
        TowutiFrameworkSheets.ImportAll(_ledger);
        var before = _ledger.Export();

        var again = new List<LedgerRun> { TowutiFrameworkSheets.ImportRenstra(_ledger).ShouldSucceed() };
        foreach (var year in new[] { 2021, 2022, 2023 })
        {
            again.Add(TowutiFrameworkSheets.ImportPk(_ledger, year).ShouldSucceed());
            again.Add(TowutiFrameworkSheets.ImportKinerja(_ledger, year).ShouldSucceed());
        }

        Assert.All(again, run => Assert.Contains("nothing new", run.Out));
        Assert.Equal(before, _ledger.Export());
    }

    [Fact]
    public void Given_a_PK_when_its_target_is_revised_then_history_shows_both_targets()
    {
        TowutiFrameworkSheets.ImportRenstra(_ledger).ShouldSucceed();
        TowutiFrameworkSheets.ImportPk(_ledger, 2023).ShouldSucceed();
        var revised = TowutiFrameworkSheets.WithCell(_ledger, "towuti-2023-pk.csv", 2, "target", "79,0", "towuti-2023-pk-revised.csv");

        TowutiFrameworkSheets.ImportPk(_ledger, 2023, revised, recorded: "2024-03-01T09:00:00Z").ShouldSucceed();
        var history = _ledger.Run("history", "--unit", Samples.Towuti, "--year", "2023", "--format", "csv").ShouldSucceed().Out;

        Assert.Contains("target PK Indeks Kepuasan Masyarakat: 78,5 Nilai", history);
        Assert.Contains("target PK Indeks Kepuasan Masyarakat: 78,5 Nilai → 79", history);
        Assert.Contains("program Indeks Kepuasan Masyarakat: - → 02;03;04;05;06", history);
    }

    [Fact]
    public void Given_the_pengukuran_when_history_is_asked_then_it_shows_the_realisasi_of_each_indicator()
    {
        TowutiFrameworkSheets.ImportAll(_ledger);

        var history = _ledger.Run("history", "--unit", Samples.Towuti, "--year", "2021", "--format", "csv").ShouldSucceed().Out;

        Assert.Contains("Renstra 2021–2026: lembar towuti-renstra-2021-2026.csv diimpor (4 indikator)", history);
        Assert.Contains("Renstra Indeks Kepuasan Masyarakat, target_akhir: 84,1", history);
        Assert.Contains("realisasi Indeks Kepuasan Masyarakat: 85,97", history);
    }

    [Fact]
    public void Given_the_2023_PK_as_xlsx_when_its_csv_is_imported_after_it_then_nothing_is_new()
    {
        TowutiFrameworkSheets.ImportRenstra(_ledger).ShouldSucceed();
        var xlsx = Path.Combine(_ledger.Folder, "towuti-2023-pk.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("PK 2023");
            var lines = File.ReadAllLines(Repo.Sample("towuti-2023-pk.csv"));
            for (var r = 0; r < lines.Length; r++)
            {
                var cells = CsvLine.Split(lines[r]);
                for (var c = 0; c < cells.Length; c++)
                    sheet.Cell(r + 1, c + 1).SetValue(cells[c]);
            }
            // As an Excel user keeps it: the IKM target a number.
            sheet.Cell(2, 4).Value = 78.5;
            workbook.SaveAs(xlsx);
        }

        var fromXlsx = TowutiFrameworkSheets.ImportPk(_ledger, 2023, xlsx).ShouldSucceed();
        var fromCsv = TowutiFrameworkSheets.ImportPk(_ledger, 2023).ShouldSucceed();

        Assert.Contains("2 lines, 7 events appended to Kecamatan Towuti 2023, PK", fromXlsx.Out);
        Assert.Contains("nothing new", fromCsv.Out);
    }

    public sealed class OnSqlite() : FrameworkImportTests(StoreKind.Sqlite);

    public sealed class OnPostgres() : FrameworkImportTests(StoreKind.Postgres);
}
