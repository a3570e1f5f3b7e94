namespace Ledger.Store.Tests;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Appending_to_a_new_stream_with_NoStream_stores_versions_from_zero_and_positions_from_one()
    {
        var batch = TestEvents.Make(3);

        var result = await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, batch, Ct);

        Assert.Equal(new AppendResult(2, new GlobalPosition(3), 3), result);
        var stored = await ReadStreamAsync(Stream());
        Assert.Equal([0L, 1L, 2L], stored.Select(e => e.StreamVersion));
        Assert.Equal([1L, 2L, 3L], stored.Select(e => e.Position.Value));
        Assert.Equal(batch.Select(e => e.EventId), stored.Select(e => e.EventId));
        Assert.Equal(batch.Select(e => e.EventType), stored.Select(e => e.EventType));
        Assert.All(stored, e => Assert.Equal(Stream(), e.Stream));
        Assert.Equal(batch[1].Payload.ToArray(), stored[1].Payload.ToArray());
        Assert.Equal(2, await Store.StreamVersionAsync(Stream(), Ct));
        Assert.Equal(new GlobalPosition(3), await Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task A_wrong_expected_version_is_rejected_with_both_versions_and_nothing_is_written()
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        var before = await DigestAsync();

        var ex = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.Exactly(0), TestEvents.Make(2), Ct));
        var noStream = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(1), Ct));

        Assert.Equal((Stream(), ExpectedVersion.Exactly(0), 1L), (ex.Stream, ex.Expected, ex.ActualVersion));
        Assert.Contains("Dinas Pendidikan/2025", ex.Message, StringComparison.Ordinal);
        Assert.Contains("version 1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, noStream.ActualVersion);
        Assert.Equal(before, await DigestAsync());
        Assert.Equal(new GlobalPosition(2), await Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task A_wrong_expected_version_on_a_large_batch_leaves_the_journal_identical()
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(5), Ct);
        var before = await DigestAsync();

        await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.Exactly(1), TestEvents.Make(500), Ct));

        Assert.Equal(before, await DigestAsync());
        Assert.Equal(new GlobalPosition(5), await Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task Exactly_the_current_version_appends_after_the_last_event()
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);

        var result = await Store.AppendAsync(Stream(), ExpectedVersion.Exactly(1), TestEvents.Make(1), Ct);

        Assert.Equal(new AppendResult(2, new GlobalPosition(3), 1), result);
    }

    [Fact]
    public async Task Any_appends_to_a_new_stream_and_to_an_existing_one()
    {
        var first = await Store.AppendAsync(Stream(), ExpectedVersion.Any, TestEvents.Make(2), Ct);
        var second = await Store.AppendAsync(Stream(), ExpectedVersion.Any, TestEvents.Make(3), Ct);

        Assert.Equal(new AppendResult(1, new GlobalPosition(2), 2), first);
        Assert.Equal(new AppendResult(4, new GlobalPosition(5), 3), second);
        Assert.Equal([0L, 1L, 2L, 3L, 4L], (await ReadStreamAsync(Stream())).Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task An_empty_batch_writes_nothing_and_checks_no_version()
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);

        var result = await Store.AppendAsync(Stream(), ExpectedVersion.Exactly(7), [], Ct);

        Assert.Equal(new AppendResult(1, GlobalPosition.Start, 0), result);
        Assert.Equal(new GlobalPosition(2), await Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task An_empty_payload_and_a_non_ascii_stream_name_round_trip()
    {
        var stream = Stream("Badan Pengelolaan Keuangan Daerah – Bagian Ä", 2031);
        var empty = new EventData(Guid.NewGuid(), "Kosong", ReadOnlyMemory<byte>.Empty);

        await Store.AppendAsync(stream, ExpectedVersion.NoStream, [empty], Ct);

        var stored = Assert.Single(await ReadStreamAsync(stream));
        Assert.Equal(stream, stored.Stream);
        Assert.Equal(0, stored.Payload.Length);
        Assert.True((await JournalVerifier.VerifyAsync(Store, null, Ct)).IsIntact);
    }

    [Fact]
    public async Task An_append_cancelled_before_it_starts_writes_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.AppendAsync(Stream(), ExpectedVersion.Any, TestEvents.Make(3), cts.Token));

        Assert.Equal(GlobalPosition.Start, await Store.HeadAsync(Ct));
    }
}
