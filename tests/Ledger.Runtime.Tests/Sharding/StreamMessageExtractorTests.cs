using Ledger.Runtime.Sharding;
using Ledger.Runtime.Streams;
using Ledger.Runtime.Tests.Support;

namespace Ledger.Runtime.Tests.Sharding;

public sealed class StreamMessageExtractorTests
{
    private readonly StreamMessageExtractor _extractor = new(64);

    [Fact]
    public void The_entity_of_a_command_is_its_stream_name_and_the_command_goes_unwrapped()
    {
        var command = new StreamCommand(Mangkutana.Murni());

        Assert.Equal("Kecamatan Mangkutana/2020", _extractor.EntityId(command));
        Assert.Same(command, _extractor.EntityMessage(command));
        Assert.Equal(_extractor.ShardOf("Kecamatan Mangkutana/2020"), _extractor.ShardId(command));
    }

    [Fact]
    public void The_shard_of_a_stream_is_the_same_in_every_process()
    {
        // Pinned: a change here moves streams between shards of a running cluster.
        Assert.Equal("57", _extractor.ShardOf("Kecamatan Mangkutana/2020"));
        Assert.Equal("78", new StreamMessageExtractor(100).ShardOf("Dinas Pendidikan/2025"));
    }

    [Fact]
    public void Shards_spread_over_the_whole_range()
    {
        var shards = Enumerable.Range(0, 2_000).Select(i => _extractor.ShardOf($"Unit {i}/2025")).Select(int.Parse).ToList();

        Assert.All(shards, s => Assert.InRange(s, 0, 63));
        Assert.Equal(64, shards.Distinct().Count());
    }

    [Fact]
    public void A_message_that_is_not_a_command_has_no_entity()
    {
        Assert.Null(_extractor.EntityId("hello"));
        Assert.Null(_extractor.ShardId((object)"hello"));
    }
}
