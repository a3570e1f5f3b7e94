using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Ledger.Application.Tests.Appending;

/// <summary>Edits of an export's lines, as a careless or hostile user would make them.</summary>
internal static class EventLines
{
    public static ImmutableList<string> WithoutTrailer(this ImmutableList<string> lines) => lines.RemoveAll(IsTrailer);

    /// <summary>The export's last line (written out here, so that these tests also run against an append without trailers).</summary>
    public static bool IsTrailer(string line) => line.StartsWith("{\"export\":", StringComparison.Ordinal);

    public static int IndexOfFirst(this ImmutableList<string> lines, string type, int from = 0) =>
        lines.FindIndex(from, l => l.Contains($"\"type\":\"{type}\"", StringComparison.Ordinal));

    /// <summary>The line with <paramref name="change"/> made to its JSON; the id stays.</summary>
    public static string Edit(string line, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(line)!.AsObject();
        change(json);
        return json.ToJsonString();
    }

    public static ImmutableList<string> Shuffled(this ImmutableList<string> lines, int seed)
    {
        var random = new Random(seed);
        var events = lines.WithoutTrailer().ToArray();
        random.Shuffle(events);
        return [.. events, .. lines.Where(IsTrailer)];
    }
}
