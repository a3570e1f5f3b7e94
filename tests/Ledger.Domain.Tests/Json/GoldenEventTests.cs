using Ledger.Domain.Json;
using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Json;

public sealed class GoldenEventTests
{
    [Theory]
    [MemberData(nameof(Samples.ForEveryEventType), MemberType = typeof(Samples))]
    public void The_stored_json_of_each_event_type_matches_its_approved_file(string eventType) =>
        Golden.Verify($"Golden/Events/{eventType}.json", EventJson.SerializeToString(Samples.Of(eventType)));

    [Fact]
    public void Every_concrete_event_type_has_an_approved_golden_file()
    {
        var directory = Path.Combine(Golden.ProjectDirectory(), "Golden", "Events");
        var missing = Samples.EventTypes.Select(t => t.Name)
            .Where(name => !File.Exists(Path.Combine(directory, name + ".json")))
            .ToList();

        Assert.True(missing.Count == 0, $"no golden file under Golden/Events for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_golden_file_belongs_to_an_event_type()
    {
        var directory = Path.Combine(Golden.ProjectDirectory(), "Golden", "Events");
        var types = Samples.EventTypes.Select(t => t.Name).ToHashSet();
        var strays = Directory.GetFiles(directory, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.EndsWith(".received", StringComparison.Ordinal) && !types.Contains(name!))
            .ToList();

        Assert.True(strays.Count == 0, $"golden files without an event type: {string.Join(", ", strays)}");
    }

    [Fact]
    public void The_samples_hold_exactly_one_envelope_of_each_event_type() =>
        Assert.Equal(
            Samples.EventTypes.Select(t => t.Name),
            Samples.All.Select(e => e.EventType).Order(StringComparer.Ordinal));
}
