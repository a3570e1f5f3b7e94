using Ledger.Domain.Json;
using Ledger.Generating;
using Ledger.Store;

namespace Ledger.Application.Tests.Generating;

/// <summary>The same seed, units and years give the same events, byte for byte; another seed another data set.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void SplitMix64_gives_the_published_sequence_so_no_runtime_change_can_alter_a_data_set()
    {
        var random = new SplitMix64(0);

        Assert.Equal([0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL],
            [random.NextUInt64(), random.NextUInt64(), random.NextUInt64()]);
    }

    [Fact]
    public void The_same_seed_unit_and_year_give_byte_identical_events()
    {
        var first = Json(SyntheticBudget.Script(7, 3, 2020));
        var second = Json(SyntheticBudget.Script(7, 3, 2020));

        Assert.Equal(first, second);
        Assert.True(first.Count > 100);
    }

    [Fact]
    public void Another_seed_gives_another_data_set()
    {
        var seven = SyntheticBudget.Script(7, 1, 2020);
        var eight = SyntheticBudget.Script(8, 1, 2020);

        Assert.NotEqual(seven.Commands.Select(c => c.Fingerprint), eight.Commands.Select(c => c.Fingerprint));
        Assert.NotEqual(Json(seven), Json(eight));
    }

    [Fact]
    public async Task Writing_four_streams_at_once_gives_each_stream_the_same_events_as_writing_one_at_a_time()
    {
        var spec = new GenSpec(units: 6, years: 2, seed: 11);
        await using var serial = new InMemoryEventStore();
        await using var concurrent = new InMemoryEventStore();

        await Generated.WriteAsync(serial, spec, parallel: 1);
        await Generated.WriteAsync(concurrent, spec, parallel: 4);

        Assert.Equal(await Generated.StreamsAsync(serial), await Generated.StreamsAsync(concurrent));
    }

    [Fact]
    public async Task Running_the_same_generation_again_appends_nothing()
    {
        var spec = new GenSpec(units: 2, years: 2, seed: 5);
        await using var store = new InMemoryEventStore();

        var first = await Generated.WriteAsync(store, spec);
        var again = await Generated.WriteAsync(store, spec);

        Assert.True(first.EventsAppended > 0);
        Assert.Equal(0, again.EventsAppended);
        Assert.Equal(spec.UnitYears, again.UnitYearsDone);
    }

    [Fact]
    public async Task More_units_extend_a_data_set_without_changing_the_units_already_written()
    {
        await using var grown = new InMemoryEventStore();
        await using var direct = new InMemoryEventStore();

        var small = await Generated.WriteAsync(grown, new GenSpec(units: 2, years: 1, seed: 3));
        var rest = await Generated.WriteAsync(grown, new GenSpec(units: 4, years: 1, seed: 3));
        var whole = await Generated.WriteAsync(direct, new GenSpec(units: 4, years: 1, seed: 3));

        Assert.Equal(whole.EventsAppended, small.EventsAppended + rest.EventsAppended);
        Assert.Equal(await Generated.StreamsAsync(direct), await Generated.StreamsAsync(grown));
    }

    private static List<string> Json(UnitYearScript script) => [.. Generated.Events(script).Select(EventJson.SerializeToString)];
}
