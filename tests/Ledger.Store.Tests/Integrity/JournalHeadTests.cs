namespace Ledger.Store.Tests;

/// <summary>
/// A head recorded from an earlier verify pins the journal up to its position: a journal cut short, or rewritten
/// with a recomputed (and so intact) chain, no longer holds it.
/// </summary>
public sealed class JournalHeadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_intact_journal_reports_its_last_event_as_its_head()
    {
        var journal = await IntactJournalAsync(6);

        var result = await JournalVerifier.VerifyAsync(new ListEventReader(journal), null, Ct);

        Assert.Equal(JournalHead.Of(journal[^1]), result.Head);
        Assert.Equal(new GlobalPosition(6), result.Head!.Value.Position);
        Assert.Equal(Convert.ToHexStringLower(journal[^1].Hash.Span), result.Head.Value.Hash);
    }

    [Fact]
    public async Task An_empty_journal_has_the_genesis_head()
    {
        var result = await JournalVerifier.VerifyAsync(new ListEventReader([]), null, Ct);

        Assert.Equal(JournalHead.Empty, result.Head);
        Assert.Equal($"0 {new string('0', 64)}", result.Head.ToString());
    }

    [Fact]
    public async Task A_journal_holding_the_expected_head_passes_also_after_later_appends()
    {
        var journal = await IntactJournalAsync(6);
        var recorded = JournalHead.Of(journal[3]);

        var result = await JournalVerifier.VerifyAsync(new ListEventReader(journal), recorded, null, Ct);

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(JournalHead.Of(journal[^1]), result.Head);
    }

    [Fact]
    public async Task A_journal_cut_short_before_the_expected_head_fails_though_its_chain_is_intact()
    {
        var journal = await IntactJournalAsync(6);
        var recorded = JournalHead.Of(journal[^1]);
        var cut = journal.Take(4).ToList();
        Assert.True((await JournalVerifier.VerifyAsync(new ListEventReader(cut), null, Ct)).IsIntact);

        var result = await JournalVerifier.VerifyAsync(new ListEventReader(cut), recorded, null, Ct);

        Assert.Equal(new GlobalPosition(6), result.FirstBadPosition);
        Assert.Contains("cut short", result.Problem, StringComparison.Ordinal);
        Assert.Null(result.Head);
    }

    [Fact]
    public async Task A_journal_rewritten_with_a_recomputed_chain_fails_at_the_expected_head()
    {
        var journal = await IntactJournalAsync(6);
        var recorded = JournalHead.Of(journal[^1]);
        var rewritten = Rechain(journal, changeAt: 2);
        Assert.True((await JournalVerifier.VerifyAsync(new ListEventReader(rewritten), null, Ct)).IsIntact);

        var result = await JournalVerifier.VerifyAsync(new ListEventReader(rewritten), recorded, null, Ct);

        Assert.Equal(new GlobalPosition(6), result.FirstBadPosition);
        Assert.Contains("rewritten", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expected_empty_head_with_another_hash_fails()
    {
        JournalHead.TryParse("0:" + new string('a', 64), out var wrong, out _);

        var result = await JournalVerifier.VerifyAsync(new ListEventReader([]), wrong, null, Ct);

        Assert.False(result.IsIntact);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("12:")]
    [InlineData("x:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("-1:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("1:000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("1:000000000000000000000000000000000000000000000000000000000000000g")]
    [InlineData("1:2:0000000000000000000000000000000000000000000000000000000000000000")]
    public void A_malformed_head_does_not_parse(string text) =>
        Assert.False(JournalHead.TryParse(text, out _, out var problem) || problem.Length == 0);

    [Fact]
    public void A_head_parses_back_from_its_printed_form_in_either_case()
    {
        var hash = "0DAC0A2FC6FE02331765DD67C3BF79F70AA2F980B195A6FAD8DD3ED825A4597E";

        Assert.True(JournalHead.TryParse($"998969:{hash}", out var head, out _));

        Assert.Equal($"998969 {hash.ToLowerInvariant()}", head.ToString());
    }

    /// <summary>What someone with write access and the hash definition can do: change an event and recompute every hash after it.</summary>
    private static List<StoredEvent> Rechain(List<StoredEvent> journal, int changeAt)
    {
        var result = new List<StoredEvent>();
        ReadOnlyMemory<byte> previous = EventHash.Genesis;
        for (var i = 0; i < journal.Count; i++)
        {
            var e = journal[i] with { PreviousHash = previous };
            if (i == changeAt)
                e = e with { Payload = "{\"n\":999}"u8.ToArray() };
            e = e with { Hash = EventHash.Compute(e) };
            result.Add(e);
            previous = e.Hash;
        }
        return result;
    }

    private static async Task<List<StoredEvent>> IntactJournalAsync(int count)
    {
        await using var store = new InMemoryEventStore();
        await store.AppendAsync(TestEvents.Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(count / 2), Ct);
        await store.AppendAsync(TestEvents.Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(count - (count / 2)), Ct);
        return await JournalSnapshot.ReadAllAsync(store, GlobalPosition.Start, Ct);
    }
}
