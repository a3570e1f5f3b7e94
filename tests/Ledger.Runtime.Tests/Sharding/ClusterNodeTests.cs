using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Sharding;
using Ledger.Runtime.Tests.Support;
using NodaTime;

namespace Ledger.Runtime.Tests.Sharding;

/// <summary>A node of the write cluster as <c>ledger serve --cluster</c> runs it: its own seed, one member, writing through the shard region.</summary>
public sealed class ClusterNodeTests : IAsyncDisposable
{
    private readonly TempStores _stores = new(StoreKind.Sqlite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_node_that_is_its_own_seed_when_it_is_up_then_it_counts_one_member_and_writes_through_the_region()
    {
        var store = await _stores.OpenAsync(Ct);
        await using var node = await ClusterNode.StartAsync(store, new ClusterOptions(Port: 0, ShardCount: 8), SystemClock.Instance, Ct);

        var status = await UpAsync(node);
        var murni = Assert.IsType<WriteOutcome.Accepted>(await node.WriteAsync(Mangkutana.Murni(), Ct));
        var again = await node.WriteAsync(Mangkutana.Murni(), Ct);

        Assert.Equal(new ClusterStatus(Up: true, Members: 1, Unreachable: 0), status);
        Assert.Equal("up members=1 unreachable=0", status.ToString());
        Assert.Equal(new WriteOutcome.Accepted(0, murni.StreamVersion), again);
        var (stored, _) = await new LedgerJournal(store).ReadStreamAsync(Mangkutana.Unit, Mangkutana.Year, Ct);
        Assert.Equal(murni.Appended, stored.Count);
    }

    [Theory]
    [InlineData("127.0.0.1:25521", "akka.tcp://ledger@127.0.0.1:25521")]
    [InlineData("node-2.local:2552", "akka.tcp://ledger@node-2.local:2552")]
    public void A_seed_given_as_host_and_port_is_an_akka_address_in_the_ledger_system(string seed, string address) =>
        Assert.Equal(address, ClusterOptions.SeedAddress(seed));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData(":25521")]
    [InlineData("127.0.0.1:0")]
    [InlineData("127.0.0.1:70000")]
    [InlineData("127.0.0.1:port")]
    public void A_seed_that_is_not_host_and_port_is_refused(string seed) =>
        Assert.Throws<FormatException>(() => ClusterOptions.SeedAddress(seed));

    private static async Task<ClusterStatus> UpAsync(ClusterNode node)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!node.Status().Up && DateTime.UtcNow < deadline)
            await Task.Delay(100, Ct);
        return node.Status();
    }

    public async ValueTask DisposeAsync() => await _stores.DisposeAsync();
}
