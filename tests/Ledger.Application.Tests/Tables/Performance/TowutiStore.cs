using Ledger.Application.Importing;
using Ledger.Domain.Performance.Commands;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Sheets.Reading;
using Ledger.Store;
using Ledger.Testing;
using NodaTime;
using NodaTime.Testing;
using static Ledger.Testing.Performance.TowutiFramework;

namespace Ledger.Application.Tests.Tables.Performance;

/// <summary>
/// Kecamatan Towuti in a store as the ledger would hold it: the 2023 budget and its Triwulan IV realisasi
/// (samples/towuti-2023-*.csv) beside the Renstra 2021–2026, the PKs and pengukuran of 2021–2023 (TowutiFramework),
/// written through the application's imports and the performance writer.
/// </summary>
public static class TowutiStore
{
    /// <summary>Before the 2023 pengukuran (recorded 2024-01-01T12:00Z) and the realisasi (2024-01-10).</summary>
    public static readonly Instant BeforePengukuran2023 = Instant.FromUtc(2023, 12, 1, 0, 0);

    public static async Task<LedgerJournal> BuildAsync()
    {
        var journal = new LedgerJournal(new InMemoryEventStore());
        var none = CancellationToken.None;
        (await new BudgetImport(journal, new FakeClock(Instant.FromUtc(2023, 1, 3, 9, 0))).RunAsync(
            new BudgetImportRequest(Sheet("towuti-2023-budget.csv"), Unit, 2023, Stage.Murni, new LocalDate(2022, 12, 31), "Perda APBD 2023", null, "test"),
            progress: null, none)).AcceptedOrThrow();
        var writer = new DirectPerformanceWriter(journal);
        foreach (var command in new PerformanceCommand[] { Renstra(), Pk2021, Kinerja2021Tw4, Pk2022, Kinerja2022Tw4, Pk2023(), Kinerja2023Tw4 })
        {
            // The writer finds the Renstras and the year's budget itself, as the import does.
            var bare = command is ImportPk pk ? pk with { Renstras = [], BudgetKodes = new HashSet<Kode>() } : command;
            Assert.IsType<WriteOutcome.Accepted>(await writer.WriteAsync(bare, none));
        }
        (await new RealisasiImport(journal, new FakeClock(Instant.FromUtc(2024, 1, 10, 9, 0))).RunAsync(
            new RealisasiImport.Request(Sheet("towuti-2023-realisasi-tw4.csv"), Unit, 2023, new LocalDate(2023, 12, 31), Correction: false, Reason: null, "test"),
            none)).AcceptedOrThrow();
        return journal;
    }

    private static SheetSource Sheet(string sample) => SheetSource.FromFile(RepoPaths.Sample(sample)).ValueOrThrow();
}
