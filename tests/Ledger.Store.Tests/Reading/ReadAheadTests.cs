namespace Ledger.Store.Tests.Reading;

public sealed class ReadAheadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Item(int n) : IDisposable
    {
        public int N => n;

        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    private static async IAsyncEnumerable<Item> Source(List<Item> made, int count, Exception? failAtEnd = null)
    {
        for (var n = 0; n < count; n++)
        {
            await Task.Yield();
            var item = new Item(n);
            lock (made)
                made.Add(item);
            yield return item;
        }
        if (failAtEnd is not null)
            throw failAtEnd;
    }

    [Fact]
    public async Task Items_arrive_in_the_order_the_source_gives_them()
    {
        var made = new List<Item>();
        var seen = new List<int>();
        await foreach (var item in ReadAhead.Of(Source(made, 100), depth: 3, Ct))
            seen.Add(item.N);
        Assert.Equal(Enumerable.Range(0, 100), seen);
    }

    [Fact]
    public async Task A_consumer_that_stops_early_stops_the_source_and_the_items_read_ahead_are_disposed()
    {
        var made = new List<Item>();
        var taken = new List<Item>();
        await foreach (var item in ReadAhead.Of(Source(made, 1_000), depth: 4, Ct))
        {
            taken.Add(item);
            if (taken.Count == 10)
                break;
        }
        lock (made)
        {
            Assert.InRange(made.Count, 10, 10 + 4 + 2);
            Assert.All(made.Except(taken), item => Assert.True(item.Disposed, $"item {item.N} was read ahead and never disposed"));
        }
    }

    [Fact]
    public async Task A_failing_source_fails_the_consumer_with_its_own_exception()
    {
        var made = new List<Item>();
        var seen = 0;
        var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var _ in ReadAhead.Of(Source(made, 5, new InvalidDataException("page 2 is damaged")), depth: 2, Ct))
                seen++;
        });
        Assert.Equal("page 2 is damaged", error.Message);
        Assert.Equal(5, seen);
    }
}
