using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Events;
using Ledger.Projections.Journal;

namespace Ledger.Projections.Tests.Journal;

public sealed class JournalProjectionProperties
{
    /// <summary>A journal: the three streams merged in a random order that keeps each stream's own order, with random gaps between positions.</summary>
    private static readonly Gen<(long Position, EventEnvelope Envelope)[]> Journals =
        from choices in Gen.Choose(0, 2).ArrayOf(JournalProjectionSpecs.Streams.Mangkutana2020.Length + JournalProjectionSpecs.Streams.Wotu2021.Length + JournalProjectionSpecs.Streams.Mangkutana2021.Length)
        from gaps in Gen.Choose(1, 5).ArrayOf(choices.Length)
        select Merge(choices, gaps);

    private static (long, EventEnvelope)[] Merge(int[] choices, int[] gaps)
    {
        var streams = new[] { JournalProjectionSpecs.Streams.Mangkutana2020, JournalProjectionSpecs.Streams.Wotu2021, JournalProjectionSpecs.Streams.Mangkutana2021 };
        var next = new int[streams.Length];
        var journal = new List<(long, EventEnvelope)>();
        long position = 0;
        foreach (var choice in choices)
        {
            // Take from the chosen stream, or the next one that still has events.
            var s = Enumerable.Range(0, streams.Length).Select(i => (choice + i) % streams.Length).First(i => next[i] < streams[i].Length);
            position += gaps[journal.Count];
            journal.Add((position, streams[s][next[s]++]));
        }
        return [.. journal];
    }

    private static JournalProjection Apply(JournalProjection projection, IEnumerable<(long Position, EventEnvelope Envelope)> journal)
    {
        foreach (var (position, envelope) in journal)
            projection.Apply(position, envelope);
        return projection;
    }

    [Property(MaxTest = 100)]
    public Property Folding_in_one_go_equals_folding_in_two_parts_split_at_any_checkpoint() =>
        Prop.ForAll(Journals.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (journal, cut) =>
        {
            var split = cut * journal.Length / 1000;
            var inOneGo = JournalProjectionSpecs.Dump(Apply(new JournalProjection(), journal));

            var resumed = Apply(new JournalProjection(), journal.Take(split));
            var checkpoint = resumed.Checkpoint;
            Apply(resumed, journal.Where(e => e.Position > checkpoint));

            var replayedFromZero = Apply(Apply(new JournalProjection(), journal.Take(split)), journal);

            Assert.Equal(inOneGo, JournalProjectionSpecs.Dump(resumed));
            Assert.Equal(inOneGo, JournalProjectionSpecs.Dump(replayedFromZero));
            return true;
        });
}
