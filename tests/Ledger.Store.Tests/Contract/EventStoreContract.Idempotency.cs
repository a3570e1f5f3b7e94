namespace Ledger.Store.Tests;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Re_appending_the_same_batch_appends_nothing_and_returns_the_current_version()
    {
        var batch = TestEvents.Make(3);
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, batch, Ct);
        await Store.AppendAsync(Stream(), ExpectedVersion.Exactly(2), TestEvents.Make(2), Ct);
        var before = await DigestAsync();

        // The retry still says NoStream: a lost acknowledgement must not turn into a version error.
        var retry = await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, batch, Ct);

        Assert.Equal(new AppendResult(4, new GlobalPosition(3), 0), retry);
        Assert.Equal(before, await DigestAsync());
    }

    [Fact]
    public async Task A_partially_overlapping_batch_throws_IdempotencyConflictException_and_writes_nothing()
    {
        var batch = TestEvents.Make(3);
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, batch, Ct);
        var before = await DigestAsync();
        var overlapping = new[] { TestEvents.One(9), batch[2] };

        var ex = await Assert.ThrowsAsync<IdempotencyConflictException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.Exactly(2), overlapping, Ct));

        Assert.Equal(Stream(), ex.Stream);
        Assert.Contains(batch[2].EventId.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains(overlapping[0].EventId.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DigestAsync());
    }

    [Theory]
    [InlineData(true, 2L)]
    [InlineData(true, 0L)]
    [InlineData(false, 2L)]
    [InlineData(false, 0L)]
    [InlineData(false, -2L)]
    public async Task A_partial_overlap_is_a_conflict_whichever_id_is_stored_and_whatever_version_is_expected(
        bool storedIdFirst, long expectedVersion)
    {
        var batch = TestEvents.Make(3);
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, batch, Ct);
        var before = await DigestAsync();
        var fresh = TestEvents.Make(3);
        EventData[] overlapping = storedIdFirst ? [batch[1], .. fresh] : [.. fresh, batch[1]];
        var expected = expectedVersion == -2 ? ExpectedVersion.Any : ExpectedVersion.At(expectedVersion);

        await Assert.ThrowsAsync<IdempotencyConflictException>(
            () => Store.AppendAsync(Stream(), expected, overlapping, Ct));

        Assert.Equal(before, await DigestAsync());
    }

    [Fact]
    public async Task An_event_id_already_stored_in_another_stream_is_a_conflict_and_writes_nothing()
    {
        var batch = TestEvents.Make(2);
        await Store.AppendAsync(Stream("Dinas Kesehatan"), ExpectedVersion.NoStream, batch, Ct);
        var before = await DigestAsync();

        var ex = await Assert.ThrowsAsync<IdempotencyConflictException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.NoStream, batch, Ct));

        Assert.Contains("Dinas Kesehatan/2025", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DigestAsync());
        Assert.Equal(-1, await Store.StreamVersionAsync(Stream(), Ct));
    }

    [Fact]
    public async Task A_duplicate_id_inside_one_batch_throws_ArgumentException_and_writes_nothing()
    {
        var one = TestEvents.One(1);
        var batch = new[] { TestEvents.One(0), one, one with { EventType = "Lain" } };

        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.NoStream, batch, Ct));

        Assert.Contains(one.EventId.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Equal(GlobalPosition.Start, await Store.HeadAsync(Ct));
        Assert.Equal(-1, await Store.StreamVersionAsync(Stream(), Ct));
    }

    [Fact]
    public async Task A_batch_over_the_size_limit_is_refused_before_anything_is_written()
    {
        var huge = new EventData(Guid.NewGuid(), "Besar", new byte[StoreLimits.MaxPayloadBytes + 1]);

        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.Any, [huge], Ct));

        Assert.Equal(GlobalPosition.Start, await Store.HeadAsync(Ct));
    }
}
