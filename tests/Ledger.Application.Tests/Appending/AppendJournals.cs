using System.Collections.Immutable;
using System.Text;
using Ledger.Application.Importing;
using Ledger.Application.Tables;
using Ledger.Application.Tests.Faults;
using Ledger.Application.Transfer;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Projections;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Writing;
using Ledger.Store;
using Ledger.Testing;
using NodaTime;
using NodaTime.Testing;
using GenRun = Ledger.Generating.GenRun;
using GenSpec = Ledger.Generating.GenSpec;

namespace Ledger.Application.Tests.Appending;

/// <summary>
/// The journal the append checks start from, written by the ledger itself: seed 000 (Mangkutana 2020, murni then
/// perubahan, as the demo imports it, then a correction), and Towuti 2023's murni and realisasi. Built once.
/// </summary>
internal static class AppendJournals
{
    public const string Mangkutana = "Kecamatan Mangkutana";
    public const string Towuti = "Kecamatan Towuti";

    /// <summary>A journal the ledger wrote, its export split into lines (the events, then the trailer) and its tables.</summary>
    public sealed record Written(IReadOnlyList<StoredEvent> Events, ImmutableList<string> ExportLines, SortedDictionary<string, string> Tables);

    private static readonly Lazy<Task<IReadOnlyList<StoredEvent>>> Original = new(BuildAsync);
    private static readonly Lazy<Task<Written>> OriginalWritten = new(async () => await WrittenAsync(await Original.Value));
    private static readonly Lazy<Task<Written>> GeneratedWritten = new(async () =>
    {
        var store = new InMemoryEventStore();
        await new GenRun(new DirectBudgetWriter(new LedgerJournal(store))).RunAsync(new GenSpec(units: 2, years: 1, seed: 7), 1, progress: null, CancellationToken.None);
        return await WrittenAsync(await EventsOfAsync(store));
    });

    /// <summary>The samples' journal (see the summary of this class).</summary>
    public static Written Samples => FuzzCase.Run(() => OriginalWritten.Value);

    /// <summary>What <c>ledger gen --units 2 --years 1 --seed 7</c> writes: every stage and four realisasi reports.</summary>
    public static Written Generated => FuzzCase.Run(() => GeneratedWritten.Value);

    /// <summary>The original journal's events, in global order.</summary>
    public static IReadOnlyList<StoredEvent> Events => Samples.Events;

    /// <summary>Its export, split into lines: the events, then the trailer.</summary>
    public static ImmutableList<string> ExportLines => Samples.ExportLines;

    private static async Task<Written> WrittenAsync(IReadOnlyList<StoredEvent> events)
    {
        var store = await CopyAsync(events);
        return new Written(events, await ExportLinesOfAsync(store), await TablesAsync(store));
    }

    public static async Task<List<StoredEvent>> EventsOfAsync(IEventStore store)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in store.ReadAllAsync(GlobalPosition.Start, CancellationToken.None))
            events.Add(e);
        return events;
    }

    /// <summary>Seed 000 alone (murni and perubahan, 224 events): the journal of the report.</summary>
    public static ImmutableList<string> SeedExportLines =>
        FuzzCase.Run(async () => await ExportLinesOfAsync(await CopyAsync(Events.Where(e => e.Stream.Unit == Mangkutana && e.EventType != "PaguCorrected").ToList())));

    public static async Task<ImmutableList<string>> ExportLinesOfAsync(IEventStore store)
    {
        using var output = new MemoryStream();
        await JournalExport.WriteAsync(store, output, unit: null, fiscalYear: null, CancellationToken.None);
        return [.. Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>A store holding <paramref name="events"/> as they were stored, byte for byte.</summary>
    public static async Task<InMemoryEventStore> CopyAsync(IEnumerable<StoredEvent> events)
    {
        var store = new InMemoryEventStore();
        foreach (var run in Runs(events))
            await store.AppendAsync(run[0].Stream, ExpectedVersion.Any, run.Select(e => new EventData(e.EventId, e.EventType, e.Payload)).ToList(), CancellationToken.None);
        return store;
    }

    /// <summary>Appends <paramref name="lines"/> (written as a file) to <paramref name="store"/>; the error line when refused.</summary>
    public static async Task<(JournalAppend.Outcome? Outcome, string? Error)> AppendAsync(IEventStore store, IEnumerable<string> lines)
    {
        var path = Path.Combine(FaultJournals.ScratchDirectory, $"{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, string.Concat(lines.Select(l => l + "\n")));
        try
        {
            return (await JournalAppend.AppendAsync(store, path, CancellationToken.None), null);
        }
        catch (InputException e)
        {
            return (null, e.Message.Replace(path, "FILE", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The perubahan and capaian tables (CSV) of every unit-year the store holds, by stream.</summary>
    public static async Task<SortedDictionary<string, string>> TablesAsync(IEventStore store)
    {
        var streams = new SortedDictionary<string, StreamName>(StringComparer.Ordinal);
        await foreach (var e in store.ReadAllAsync(GlobalPosition.Start, CancellationToken.None))
            streams[e.Stream.Value] = e.Stream;
        var queries = new BudgetQueries(new LedgerJournal(store));
        var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var stream in streams.Values)
        {
            var slice = new TimeSlice(null, null);
            var perubahan = await TextOrErrorAsync(async () => PerubahanSheet.From(await queries.PerubahanAsync(stream.Unit, stream.FiscalYear, null, null, slice, CancellationToken.None)));
            var capaian = await TextOrErrorAsync(async () => CapaianSheet.From(await queries.CapaianAsync(stream.Unit, stream.FiscalYear, slice, PredikatScale.Permendagri86, CancellationToken.None)));
            tables[stream.Value] = perubahan + "\n" + capaian;
        }
        return tables;
    }

    private static async Task<string> TextOrErrorAsync(Func<Task<Table>> table)
    {
        try
        {
            using var output = new MemoryStream();
            TableWriter.Write(await table(), TableFormat.Csv, output);
            return Encoding.UTF8.GetString(output.ToArray());
        }
        catch (InputException e)
        {
            return "error: " + e.Message;
        }
    }

    private static IEnumerable<List<StoredEvent>> Runs(IEnumerable<StoredEvent> events)
    {
        var run = new List<StoredEvent>();
        foreach (var e in events)
        {
            if (run.Count > 0 && run[0].Stream != e.Stream)
            {
                yield return run;
                run = [];
            }
            run.Add(e);
        }
        if (run.Count > 0)
            yield return run;
    }

    private static async Task<IReadOnlyList<StoredEvent>> BuildAsync()
    {
        var store = new InMemoryEventStore();
        var journal = new LedgerJournal(store);
        await ImportAsync(journal, "mangkutana-2020-murni.csv", Mangkutana, 2020, Stage.Murni, new(2019, 12, 31), Instant.FromUtc(2020, 1, 2, 9, 0), null);
        await ImportAsync(journal, "towuti-2023-budget.csv", Towuti, 2023, Stage.Murni, new(2022, 12, 31), Instant.FromUtc(2023, 1, 3, 9, 0), null);
        await ImportAsync(journal, "mangkutana-2020-perubahan.csv", Mangkutana, 2020, Stage.Perubahan, new(2020, 8, 5), Instant.FromUtc(2020, 8, 5, 10, 0), "penanganan Covid-19");
        (await new RealisasiImport(journal, new FakeClock(Instant.FromUtc(2024, 1, 10, 9, 0))).RunAsync(
            new RealisasiImport.Request(Sheet("towuti-2023-realisasi-tw4.csv"), Towuti, 2023, new LocalDate(2023, 12, 31), Correction: false, Reason: null, "test"),
            CancellationToken.None)).AcceptedOrThrow();
        (await new PaguCorrection(journal, new FakeClock(Instant.FromUtc(2020, 9, 1, 8, 0))).RunAsync(
            new PaguCorrection.Request(Mangkutana, 2020, Stage.Perubahan, Kode.Parse("0.00.4.36.08.01.01"), new Money(3_100_000), new LocalDate(2020, 9, 1), "salah ketik", null, "test"),
            CancellationToken.None)).AcceptedOrThrow();
        return await EventsOfAsync(store);
    }

    private static async Task ImportAsync(LedgerJournal journal, string sample, string unit, int year, Stage stage, LocalDate effective, Instant recorded, string? reason) =>
        (await new BudgetImport(journal, new FakeClock(recorded)).RunAsync(
            new BudgetImportRequest(Sheet(sample), unit, year, stage, effective, "test basis", reason, "test"),
            progress: null, CancellationToken.None)).AcceptedOrThrow();

    private static SheetSource Sheet(string sample) => SheetSource.FromFile(RepoPaths.Sample(sample)).ValueOrThrow();
}
