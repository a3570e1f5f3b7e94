using Ledger.Application.Importing;
using Ledger.Application.Transfer;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Sheets.Reading;
using Ledger.Store;
using Ledger.Store.Sqlite;
using Ledger.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// The journals the fuzz cases run against, built once from the bundled samples and then copied for every
/// case, so that each case starts from the same events and a seed replays exactly.
/// </summary>
internal static class FaultJournals
{
    /// <summary>The instant every fuzz import records: a fixed clock keeps the journal the same from run to run.</summary>
    public static readonly Instant Now = Instant.FromUtc(2024, 1, 15, 9, 0);

    private static readonly Lazy<Task<IReadOnlyList<StoredEvent>>> HeldEvents = new(BuildHeldAsync);
    private static readonly Lazy<Task<byte[]>> SourceExport = new(BuildSourceExportAsync);
    private static readonly Lazy<Task<string>> HeldSqliteFile = new(BuildHeldSqliteAsync);

    /// <summary>
    /// The journal a fuzz case starts from: the murni budgets of Mangkutana 2020, Towuti 2023 and Malili 2021,
    /// so sheets land both on streams that exist and on new ones.
    /// </summary>
    public static async Task<InMemoryEventStore> HeldInMemoryAsync()
    {
        var store = new InMemoryEventStore();
        await CopyAsync(await HeldEvents.Value, store);
        return store;
    }

    /// <summary>Runs <paramref name="body"/> on the same journal in a fresh SQLite file of its own, deleted afterwards.</summary>
    public static async Task<T> WithHeldSqliteAsync<T>(Func<IEventStore, Task<T>> body)
    {
        var path = Path.Combine(ScratchDirectory, $"held-{Guid.NewGuid():N}.db");
        File.Copy(await HeldSqliteFile.Value, path);
        try
        {
            await using var store = await SqliteEventStore.OpenAsync(path, CancellationToken.None);
            return await body(store);
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                File.Delete(file);
        }
    }

    /// <summary>
    /// <c>ledger export</c> of a journal holding the held events and more (Kalaena's murni, Mangkutana's perubahan,
    /// Towuti's realisasi): appending it to the held journal adds events to existing and new streams.
    /// </summary>
    public static Task<byte[]> SourceExportAsync() => SourceExport.Value;

    public static string ScratchDirectory { get; } = CreateScratch();

    private static async Task<IReadOnlyList<StoredEvent>> BuildHeldAsync()
    {
        var store = new InMemoryEventStore();
        var journal = new LedgerJournal(store);
        await ImportBudgetAsync(journal, "mangkutana-2020-murni.csv", "Kecamatan Mangkutana", 2020, Stage.Murni, "2019-12-31");
        await ImportBudgetAsync(journal, "towuti-2023-budget.csv", "Kecamatan Towuti", 2023, Stage.Murni, "2022-12-31");
        await ImportBudgetAsync(journal, "malili-2021-budget.csv", "Kecamatan Malili", 2021, Stage.Murni, "2020-12-31");
        var events = new List<StoredEvent>();
        await foreach (var e in store.ReadAllAsync(GlobalPosition.Start, CancellationToken.None))
            events.Add(e);
        return events;
    }

    private static async Task<byte[]> BuildSourceExportAsync()
    {
        var store = await HeldInMemoryAsync();
        var journal = new LedgerJournal(store);
        await ImportBudgetAsync(journal, "kalaena-2021-murni.csv", "Kecamatan Kalaena", 2021, Stage.Murni, "2020-12-31");
        await ImportBudgetAsync(journal, "mangkutana-2020-perubahan.csv", "Kecamatan Mangkutana", 2020, Stage.Perubahan, "2020-08-05");
        (await new RealisasiImport(journal, new FakeClock(Now)).RunAsync(
            new RealisasiImport.Request(SheetSource.FromFile(RepoPaths.Sample("towuti-2023-realisasi-tw4.csv")).ValueOrThrow(), "Kecamatan Towuti", 2023,
                new LocalDate(2023, 12, 31), Correction: false, Reason: null, "fuzz"),
            CancellationToken.None)).AcceptedOrThrow();
        using var output = new MemoryStream();
        await JournalExport.WriteAsync(store, output, unit: null, fiscalYear: null, CancellationToken.None);
        return output.ToArray();
    }

    private static async Task<string> BuildHeldSqliteAsync()
    {
        var path = Path.Combine(ScratchDirectory, "held.db");
        // Disposing closes every connection, so the file is complete without its WAL and can be copied.
        await using (var store = await SqliteEventStore.OpenAsync(path, CancellationToken.None))
            await CopyAsync(await HeldEvents.Value, store);
        return path;
    }

    public static async Task ImportBudgetAsync(LedgerJournal journal, string sample, string unit, int year, Stage stage, string effective) =>
        (await new BudgetImport(journal, new FakeClock(Now)).RunAsync(
            new BudgetImportRequest(SheetSource.FromFile(RepoPaths.Sample(sample)).ValueOrThrow(), unit, year, stage,
                NodaTime.Text.LocalDatePattern.Iso.Parse(effective).Value, "fuzz basis", null, "fuzz"),
            progress: null, CancellationToken.None)).AcceptedOrThrow();

    // Stored bytes are appended as they are, stream run by stream run, so a copy is the same journal byte for byte.
    private static async Task CopyAsync(IReadOnlyList<StoredEvent> events, IEventStore target)
    {
        var i = 0;
        while (i < events.Count)
        {
            var stream = events[i].Stream;
            var run = new List<EventData>();
            for (; i < events.Count && events[i].Stream == stream; i++)
                run.Add(new EventData(events[i].EventId, events[i].EventType, events[i].Payload));
            await target.AppendAsync(stream, ExpectedVersion.Any, run, CancellationToken.None);
        }
    }

    private static string CreateScratch()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"ledger-faults-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open at exit stays behind in the temp directory; nothing depends on it.
            }
        };
        return directory;
    }
}
