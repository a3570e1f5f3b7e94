namespace Ledger.Store.Tests;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task The_hash_chain_of_an_intact_journal_verifies_and_reports_progress()
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(4), Ct);
        await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        await Store.AppendAsync(Stream("A"), ExpectedVersion.Exactly(3), TestEvents.Make(2), Ct);
        var reported = new List<long>();

        var result = await JournalVerifier.VerifyAsync(Store, new SynchronousProgress(reported), Ct);

        Assert.Equal(new VerifyResult(9, null, null), result with { Head = null });
        Assert.Equal(new GlobalPosition(9), result.Head?.Position);
        Assert.True(result.IsIntact);
        Assert.Equal(9, reported[^1]);
    }

    [Fact]
    public async Task Every_event_chains_to_the_one_before_it_across_streams_and_appends()
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);

        var all = await ReadAllAsync(GlobalPosition.Start);

        Assert.Equal(new byte[EventHash.Size], all[0].PreviousHash.ToArray());
        for (var i = 1; i < all.Count; i++)
            Assert.Equal(all[i - 1].Hash.ToArray(), all[i].PreviousHash.ToArray());
        Assert.All(all, e => Assert.Equal(EventHash.Compute(e), e.Hash.ToArray()));
        Assert.Equal(all.Count, all.Select(e => Convert.ToHexString(e.Hash.Span)).Distinct().Count());
    }

    /// <summary>Records reports inline; <see cref="Progress{T}"/> would post them later on the thread pool.</summary>
    private sealed class SynchronousProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
