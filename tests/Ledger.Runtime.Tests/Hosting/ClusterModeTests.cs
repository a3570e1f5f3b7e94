using Ledger.Composition;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Streams;
using Ledger.Runtime.Tests.Support;

namespace Ledger.Runtime.Tests.Hosting;

/// <summary>The runtime with its stream actors behind a shard region, on a one-node cluster on loopback.</summary>
public sealed class ClusterModeTests : IAsyncDisposable
{
    private readonly TempStores _stores = new(StoreKind.Sqlite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_one_node_cluster_decides_and_stores_commands_like_the_local_runtime()
    {
        var options = RuntimeOptions.ForUri(_stores.Uri!, EventStores.OpenAsync) with
        {
            SystemName = "ledger-cluster-test",
            Cluster = new ClusterOptions("127.0.0.1", Port: 0, ShardCount: 16),
        };
        await using (var runtime = await LedgerRuntime.StartAsync(options, Ct))
        {
            Assert.IsType<WriteOutcome.Accepted>(await runtime.SendAsync(Mangkutana.Murni(), Ct));
            var perubahan = Assert.IsType<WriteOutcome.Accepted>(await runtime.SendAsync(Mangkutana.Perubahan(), Ct));
            Assert.Equal(new WriteOutcome.Accepted(0, perubahan.StreamVersion), await runtime.SendAsync(Mangkutana.Perubahan(), Ct));
        }

        var expected = Histories.Decide(Mangkutana.Murni(), Mangkutana.Perubahan());
        var (stored, _) = await new LedgerJournal(await _stores.OpenAsync(Ct)).ReadStreamAsync(Mangkutana.Unit, Mangkutana.Year, Ct);
        Assert.Equal(expected, stored);
    }

    public async ValueTask DisposeAsync() => await _stores.DisposeAsync();
}
