namespace Ledger.Store.Tests;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task ReadStream_from_a_version_returns_that_version_onwards_in_order_and_only_that_stream()
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        await Store.AppendAsync(Stream("Dinas Kesehatan"), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        await Store.AppendAsync(Stream(), ExpectedVersion.Exactly(2), TestEvents.Make(2), Ct);

        var fromTwo = await ReadStreamAsync(Stream(), from: 2);

        Assert.Equal([2L, 3L, 4L], fromTwo.Select(e => e.StreamVersion));
        Assert.Equal([3L, 6L, 7L], fromTwo.Select(e => e.Position.Value));
        Assert.Empty(await ReadStreamAsync(Stream(), from: 5));
        Assert.Empty(await ReadStreamAsync(Stream("Tidak Ada")));
    }

    [Fact]
    public async Task ReadAll_after_a_position_is_ordered_across_streams_with_contiguous_positions()
    {
        var streams = new[] { Stream("A"), Stream("B"), Stream("C", 2026) };
        for (var round = 0; round < 3; round++)
        {
            foreach (var stream in streams)
                await Store.AppendAsync(stream, ExpectedVersion.Any, TestEvents.Make(round + 1), Ct);
        }

        var all = await ReadAllAsync(GlobalPosition.Start);
        var tail = await ReadAllAsync(new GlobalPosition(10));

        Assert.Equal(Enumerable.Range(1, 18).Select(p => (long)p), all.Select(e => e.Position.Value));
        Assert.Equal(Enumerable.Range(11, 8).Select(p => (long)p), tail.Select(e => e.Position.Value));
        Assert.Equal(all.Skip(10).Select(e => e.EventId), tail.Select(e => e.EventId));
        Assert.Equal(["A/2025", "B/2025", "C/2026", "A/2025", "A/2025"], all.Take(5).Select(e => e.Stream.Value));
        Assert.Equal(all.Count, all.Select(e => e.EventId).Distinct().Count());
        Assert.Empty(await ReadAllAsync(new GlobalPosition(18)));
    }

    [Fact]
    public async Task ReadAll_streams_journals_longer_than_one_read_page()
    {
        // Crosses the page size of every store (SQLite pages by 1000), including an exact page boundary.
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(2_500), Ct);

        var all = await ReadAllAsync(GlobalPosition.Start);
        var fromStream = await ReadStreamAsync(Stream(), from: 1_000);

        Assert.Equal(Enumerable.Range(1, 2_500).Select(p => (long)p), all.Select(e => e.Position.Value));
        Assert.Equal(Enumerable.Range(1_000, 1_500).Select(v => (long)v), fromStream.Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task ListStreams_gives_every_stream_with_its_version_and_count_in_name_order()
    {
        await Store.AppendAsync(Stream("Dinas Pendidikan"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        await Store.AppendAsync(Stream("Dinas Kesehatan", 2026), ExpectedVersion.NoStream, TestEvents.Make(1), Ct);
        await Store.AppendAsync(Stream("Dinas Kesehatan", 2025), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);

        var streams = await Store.ListStreamsAsync(Ct);

        Assert.Equal(
            [
                new StreamInfo(Stream("Dinas Kesehatan", 2025), 1, 2),
                new StreamInfo(Stream("Dinas Kesehatan", 2026), 0, 1),
                new StreamInfo(Stream("Dinas Pendidikan", 2025), 2, 3),
            ],
            streams);
    }

    [Fact]
    public async Task An_empty_store_has_no_streams_head_at_start_and_version_minus_one()
    {
        Assert.Empty(await Store.ListStreamsAsync(Ct));
        Assert.Equal(GlobalPosition.Start, await Store.HeadAsync(Ct));
        Assert.Equal(-1, await Store.StreamVersionAsync(Stream(), Ct));
        Assert.Empty(await ReadAllAsync(GlobalPosition.Start));
    }
}
