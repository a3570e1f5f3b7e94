using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Projections.Journal;
using Ledger.Projections.Tests.Support;

namespace Ledger.Projections.Tests.Journal;

public sealed class JournalProjectionSpecs
{
    private const string Wotu = "Kecamatan Wotu";

    /// <summary>Three streams (Mangkutana 2020 and 2021, Wotu 2021) interleaved in one journal, positions 10, 20, 30…</summary>
    public static readonly (EventEnvelope[] Mangkutana2020, EventEnvelope[] Mangkutana2021, EventEnvelope[] Wotu2021) Streams = (
        Year2020(),
        Decided.Events(MurniImport(year: 2021)),
        Decided.Events(MurniImport(unit: Wotu, year: 2021), PerubahanImport(unit: Wotu, year: 2021)));

    public static IReadOnlyList<(long Position, EventEnvelope Envelope)> Interleaved()
    {
        var streams = new[] { Streams.Mangkutana2020, Streams.Wotu2021, Streams.Mangkutana2021 };
        var next = new int[streams.Length];
        var journal = new List<(long, EventEnvelope)>();
        for (var turn = 0; journal.Count < streams.Sum(s => s.Length); turn++)
        {
            var s = turn % streams.Length;
            if (next[s] < streams[s].Length)
                journal.Add((10L * (journal.Count + 1), streams[s][next[s]++]));
        }
        return journal;
    }

    private static JournalProjection Applied(IEnumerable<(long Position, EventEnvelope Envelope)> journal)
    {
        var projection = new JournalProjection();
        foreach (var (position, envelope) in journal)
            projection.Apply(position, envelope);
        return projection;
    }

    [Fact]
    public void Events_of_several_unit_years_give_each_its_own_budget()
    {
        var projection = Applied(Interleaved());

        Assert.Equal(StateDump.Of(BudgetDecider.Fold(Streams.Mangkutana2020)), StateDump.Of(projection.Budget(Build.Unit, 2020)!));
        Assert.Equal(StateDump.Of(BudgetDecider.Fold(Streams.Mangkutana2021)), StateDump.Of(projection.Budget(Build.Unit, 2021)!));
        Assert.Equal(StateDump.Of(BudgetDecider.Fold(Streams.Wotu2021)), StateDump.Of(projection.Budget(Wotu, 2021)!));
        Assert.Null(projection.Budget(Wotu, 2020));
    }

    [Fact]
    public void The_units_catalogue_lists_units_by_name_with_their_years_ascending()
    {
        var units = Applied(Interleaved()).Units();

        Assert.Equal([Build.Unit, Wotu], units.Select(u => u.Unit));
        Assert.Equal([2020, 2021], units[0].Years);
        Assert.Equal([2021], units[1].Years);
    }

    [Fact]
    public void The_checkpoint_is_the_position_of_the_last_event_applied()
    {
        var journal = Interleaved();
        var projection = Applied(journal);

        Assert.Equal(journal[^1].Position, projection.Checkpoint);
        Assert.Equal(journal.Count, projection.EventsApplied);
        Assert.Equal(0, new JournalProjection().Checkpoint);
    }

    [Fact]
    public void Re_applying_events_at_or_before_the_checkpoint_changes_nothing()
    {
        var journal = Interleaved();
        var projection = Applied(journal);
        var before = Dump(projection);

        foreach (var (position, envelope) in journal)
            projection.Apply(position, envelope);
        projection.Apply(projection.Checkpoint, journal[0].Envelope);

        Assert.Equal(before, Dump(projection));
        Assert.Equal(journal.Count, projection.EventsApplied);
        Assert.Equal(journal[^1].Position, projection.Checkpoint);
    }

    [Fact]
    public void A_snapshot_does_not_change_when_more_events_are_applied()
    {
        var journal = Interleaved();
        var projection = Applied(journal.Take(5));
        var snapshot = projection.Snapshot();
        var dumped = string.Join("\n", snapshot.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => $"{p.Key}\n{StateDump.Of(p.Value)}"));

        foreach (var (position, envelope) in journal.Skip(5))
            projection.Apply(position, envelope);

        Assert.Equal(dumped, string.Join("\n", snapshot.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => $"{p.Key}\n{StateDump.Of(p.Value)}")));
    }

    /// <summary>Everything a journal projection holds, as text.</summary>
    public static string Dump(JournalProjection projection) =>
        $"checkpoint {projection.Checkpoint} applied {projection.EventsApplied}\n"
        + string.Join("\n", projection.Units().Select(u => $"{u.Unit}: {string.Join(',', u.Years)}")) + "\n"
        + string.Join("\n", projection.Snapshot().OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => $"{p.Key}\n{StateDump.Of(p.Value)}"));
}
