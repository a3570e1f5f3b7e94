using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Application.Tests.Faults;
using Ledger.Store;

namespace Ledger.Application.Tests.Appending;

/// <summary>
/// Issue 11, "what must hold": for a journal the ledger wrote (<see cref="AppendJournals"/>: the samples' three imports, a realisasi and
/// a correction over two unit-years; and what <c>ledger gen</c> writes for two units), <c>export</c>, then any permutation of its event lines and any deletion of
/// some of them, then <c>append</c> into an empty store:
/// <list type="bullet">
/// <item>with the export's trailer kept, the append is refused whole (the store stays empty), or the store's
/// perubahan and capaian tables of every unit-year equal the original's;</item>
/// <item>with the trailer removed, the append is refused whole, or there are lengths k(s), one per stream s, such
/// that each stream of the store holds exactly the first k(s) events of the original's stream s, in their order
/// (k(s) = 0: the stream is absent), and so every table equals the table of the original journal cut after the
/// first k(s) events of each stream.</item>
/// </list>
/// A failure prints FsCheck's seed and the edit in words; <c>[Property(Replay = "(seed,gamma,size)")]</c> runs it again.
/// </summary>
public sealed class ExportEditProperties
{
    private const string Refused = "refused";

    private sealed record Edit(string Description, ImmutableList<int> Order, bool KeepTrailer)
    {
        public override string ToString() => $"{Description}{(KeepTrailer ? "" : ", trailer removed")} ({Order.Count} events)";
    }

    [Property(MaxTest = 200)]
    public Property An_edited_export_of_the_samples_appended_to_an_empty_store_is_refused_whole_or_gives_the_original_tables_or_those_of_a_prefix_of_each_stream() =>
        Holds(AppendJournals.Samples);

    [Property(MaxTest = 100)]
    public Property An_edited_export_of_a_generated_journal_appended_to_an_empty_store_is_refused_whole_or_gives_the_original_tables_or_those_of_a_prefix_of_each_stream() =>
        Holds(AppendJournals.Generated);

    private static Property Holds(AppendJournals.Written journal) =>
        Prop.ForAll(Edits(journal.Events).ToArbitrary(), edit =>
        {
            var outcome = FuzzCase.Run(() => CheckAsync(journal, edit));
            return true.Classify(outcome == Refused, Refused).Classify(outcome != Refused, outcome);
        });

    private static async Task<string> CheckAsync(AppendJournals.Written journal, Edit edit)
    {
        var export = journal.ExportLines;
        var lines = edit.Order.Select(i => export[i]).ToList();
        if (edit.KeepTrailer)
            lines.Add(export[^1]);
        var store = new InMemoryEventStore();

        var (outcome, error) = await AppendJournals.AppendAsync(store, lines);

        var appended = await AppendJournals.EventsOfAsync(store);
        if (outcome is null)
        {
            Assert.Empty(appended);
            Assert.StartsWith("FILE:", error);
            return Refused;
        }
        var original = journal.Events;
        if (edit.KeepTrailer)
        {
            Assert.Equal(journal.Tables, await AppendJournals.TablesAsync(store));
            return "accepted with the trailer";
        }
        // Each stream of the store is a prefix of the original's: the same ids in the same order.
        var kept = appended.GroupBy(e => e.Stream).ToDictionary(g => g.Key, g => g.Select(e => e.EventId).ToList());
        foreach (var (stream, ids) in kept)
            Assert.Equal(original.Where(e => e.Stream == stream).Take(ids.Count).Select(e => e.EventId), ids);
        var cut = original.Where(e => e.StreamVersion < kept.GetValueOrDefault(e.Stream)?.Count).ToList();
        Assert.Equal(await AppendJournals.TablesAsync(await AppendJournals.CopyAsync(cut)), await AppendJournals.TablesAsync(store));
        return cut.Count == original.Count ? "accepted whole without the trailer" : "accepted as a prefix of each stream";
    }

    private static Gen<Edit> Edits(IReadOnlyList<StoredEvent> events)
    {
        var all = Enumerable.Range(0, events.Count).ToImmutableList();
        return from order in Orders(all)
               from deleted in Deletions(events, order.Order)
               from trailer in Gen.Elements(true, false)
               select new Edit(string.Join("; ", new[] { order.Description, deleted.Description }.Where(d => d.Length > 0)), deleted.Order, trailer);
    }

    private static Gen<(string Description, ImmutableList<int> Order)> Orders(ImmutableList<int> all)
    {
        var any = Gen.Choose(0, all.Count - 1);
        return Gen.Frequency<(string, ImmutableList<int>)>(
            (3, Gen.Constant(("", all))),
            (2, Gen.Shuffle(all.ToArray()).Select(o => ("shuffled", o.ToImmutableList()))),
            (3, from a in any
                from b in any
                select ($"lines {a + 1} and {b + 1} swapped", all.SetItem(a, all[b]).SetItem(b, all[a]))),
            (3, from a in any
                from b in any
                select ($"line {a + 1} moved to {b + 1}", all.RemoveAt(a).Insert(b, all[a]))),
            (2, from a in any
                from length in Gen.Choose(2, 12)
                from window in Gen.Shuffle(all.Skip(a).Take(length).ToArray())
                select ($"lines {a + 1}..{a + length} shuffled", all.RemoveRange(a, Math.Min(length, all.Count - a)).InsertRange(a, window))));
    }

    private static Gen<(string Description, ImmutableList<int> Order)> Deletions(IReadOnlyList<StoredEvent> events, ImmutableList<int> order)
    {
        var streams = events.Select(e => e.Stream).Distinct().ToArray();
        var any = Gen.Choose(0, order.Count - 1);
        return Gen.Frequency<(string, ImmutableList<int>)>(
            (4, Gen.Constant(("", order))),
            (3, any.Select(a => ($"line {a + 1} removed", order.RemoveAt(a)))),
            (2, from a in any
                from count in Gen.Choose(1, 20)
                select ($"{Math.Min(count, order.Count - a)} lines from {a + 1} removed", order.RemoveRange(a, Math.Min(count, order.Count - a)))),
            (1, from keep in Gen.Choose(0, 99).ListOf(order.Count)
                select ("about 3 in 100 lines removed", order.Where((_, i) => keep[i] >= 3).ToImmutableList())),
            (4, from stream in Gen.Elements(streams)
                from count in Gen.OneOf(Gen.Choose(1, 3), Gen.Choose(1, events.Count(e => e.Stream == stream)))
                select ($"the last {count} events of {stream} removed", order.RemoveAll(i => events[i].Stream == stream
                    && events[i].StreamVersion >= events.Count(e => e.Stream == stream) - count))));
    }
}
