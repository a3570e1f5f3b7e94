using System.Text;
using Ledger.Application.Transfer;
using Ledger.Domain.Json;
using Ledger.Store;

namespace Ledger.Application.Tests.Faults;

/// <summary>Runs one <see cref="EventFileCase"/> through <c>ledger append</c>'s code and checks <see cref="NothingLost"/>.</summary>
internal static class EventFileFuzz
{
    private static readonly Lazy<Task<EventFileMutations.Export>> Source = new(async () =>
    {
        var text = Encoding.UTF8.GetString(await FaultJournals.SourceExportAsync());
        // Without its trailer: the cases are files made from an export (a part of it, then damaged), each event checked alone.
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !ExportTrailer.IsTrailer(l)).ToArray();
        await using var held = await FaultJournals.HeldInMemoryAsync();
        var heldCount = (int)(await held.HeadAsync(CancellationToken.None)).Value;
        // Every eighth event the target holds is enough to show that held events are skipped (and to borrow ids
        // from), and a shorter file keeps thousands of cases quick.
        var kept = lines.Take(heldCount).Where((_, i) => i % 8 == 0).ToList();
        return new EventFileMutations.Export([.. kept, .. lines.Skip(heldCount)], kept.Count);
    });

    /// <summary>
    /// The export mutations start from: some of the held journal's events, then all of Kalaena's, Mangkutana's
    /// perubahan and Towuti's realisasi.
    /// </summary>
    public static EventFileMutations.Export Export => FuzzCase.Run(() => Source.Value);

    public static async Task<string> RunAsync(EventFileCase file, IEventStore store)
    {
        var path = Path.Combine(FaultJournals.ScratchDirectory, $"{Guid.NewGuid():N}.jsonl");
        await File.WriteAllBytesAsync(path, file.Bytes);
        try
        {
            var lines = 1 + file.Bytes.Count(b => b == (byte)'\n');
            return await NothingLost.CheckAsync(store, path,
                async () => checked((int)(await JournalAppend.AppendAsync(store, path, CancellationToken.None)).Appended),
                whenAccepted: (before, after) =>
                {
                    // Whole: every event of the file is in the journal now, and those it lacked were added in file order.
                    var held = before.Rows.Select(r => r.Id).ToHashSet();
                    var expected = IdsIn(path).Where(id => !held.Contains(id)).ToList();
                    Assert.Equal(expected, after.After(before).Select(r => r.Id).ToList());
                },
                whenRejected: error => Assert.InRange(error.Row, 1, lines));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Read as append reads it: UTF-8 lines, blank ones skipped.
    private static IEnumerable<Guid> IdsIn(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => EventJson.Deserialize(Encoding.UTF8.GetBytes(line)).Id)
            .Distinct();
}
