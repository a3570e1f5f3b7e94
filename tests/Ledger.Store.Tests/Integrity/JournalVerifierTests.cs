namespace Ledger.Store.Tests;

public sealed class JournalVerifierTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_empty_journal_is_intact() =>
        Assert.Equal(new VerifyResult(0, null, null) { Head = JournalHead.Empty }, await JournalVerifier.VerifyAsync(new ListEventReader([]), null, Ct));

    [Fact]
    public async Task A_missing_event_is_reported_at_the_missing_position()
    {
        var journal = await IntactJournalAsync(6);
        journal.RemoveAt(3);

        var result = await JournalVerifier.VerifyAsync(new ListEventReader(journal), null, Ct);

        Assert.Equal((3L, (GlobalPosition?)new GlobalPosition(4)), (result.EventsChecked, result.FirstBadPosition));
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next_event()
    {
        var journal = await IntactJournalAsync(6);
        var forged = journal[2] with { Payload = "{\"n\":999}"u8.ToArray() };
        journal[2] = forged with { Hash = EventHash.Compute(forged) };

        var result = await JournalVerifier.VerifyAsync(new ListEventReader(journal), null, Ct);

        Assert.Equal(new GlobalPosition(4), result.FirstBadPosition);
        Assert.Contains("previous hash", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_event_type_is_reported_at_its_own_position()
    {
        var journal = await IntactJournalAsync(6);
        journal[0] = journal[0] with { EventType = "Palsu" };

        var result = await JournalVerifier.VerifyAsync(new ListEventReader(journal), null, Ct);

        Assert.Equal((0L, (GlobalPosition?)new GlobalPosition(1)), (result.EventsChecked, result.FirstBadPosition));
        Assert.False(result.IsIntact);
    }

    [Fact]
    public async Task A_journal_not_starting_at_position_one_is_reported()
    {
        var journal = await IntactJournalAsync(3);

        var result = await JournalVerifier.VerifyAsync(new ListEventReader(journal.Skip(1).ToList()), null, Ct);

        Assert.Equal(new GlobalPosition(1), result.FirstBadPosition);
    }

    private static async Task<List<StoredEvent>> IntactJournalAsync(int count)
    {
        await using var store = new InMemoryEventStore();
        await store.AppendAsync(TestEvents.Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(count / 2), Ct);
        await store.AppendAsync(TestEvents.Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(count - (count / 2)), Ct);
        return await JournalSnapshot.ReadAllAsync(store, GlobalPosition.Start, Ct);
    }
}
