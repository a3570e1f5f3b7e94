using System.Text;

namespace Ledger.Store.Tests;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task ReadPayloads_gives_exactly_the_positions_and_payloads_of_ReadAll_in_bounded_batches()
    {
        // More events than one batch holds, across streams, with a few payloads big enough to close a batch by size.
        for (var round = 0; round < 5; round++)
        {
            await Store.AppendAsync(Stream("A"), ExpectedVersion.Any, TestEvents.Make(500, $"a{round}"), Ct);
            await Store.AppendAsync(Stream("B", 2026), ExpectedVersion.Any, [Big(round)], Ct);
        }

        var all = await ReadAllAsync(GlobalPosition.Start);
        var batches = await ReadPayloadsAsync(GlobalPosition.Start);
        var tail = await ReadPayloadsAsync(new GlobalPosition(1_700));

        Assert.Equal(all.Select(e => (e.Position.Value, Text(e.Payload.Span))), batches.SelectMany(b => b.Events));
        Assert.Equal(all.Skip(1_700).Select(e => (e.Position.Value, Text(e.Payload.Span))), tail.SelectMany(b => b.Events));
        Assert.All(batches, b => Assert.InRange(b.Events.Count, 1, PayloadBatch.MaxEvents));
        Assert.All(batches.SkipLast(1), b => Assert.True(b.Events.Count == PayloadBatch.MaxEvents || b.Bytes >= PayloadBatch.TargetBytes));
        Assert.Empty(await ReadPayloadsAsync(all[^1].Position));
    }

    private static EventData Big(int n) =>
        new(Guid.NewGuid(), "Big", Encoding.UTF8.GetBytes($$"""{"n":{{n}},"fill":"{{new string('x', 200_000)}}"}"""));

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private sealed record BatchCopy(List<(long Position, string Payload)> Events, int Bytes);

    private async Task<List<BatchCopy>> ReadPayloadsAsync(GlobalPosition after)
    {
        var copies = new List<BatchCopy>();
        await foreach (var batch in Store.ReadPayloadsAsync(after, Ct))
        {
            using (batch)
                copies.Add(new([.. Enumerable.Range(0, batch.Count).Select(i => (batch.Position(i), Text(batch.Payload(i))))], batch.ByteCount));
        }
        return copies;
    }
}
