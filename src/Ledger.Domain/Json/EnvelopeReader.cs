using System.Text.Json;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Json;

internal static class EnvelopeReader
{
    public static EventEnvelope Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            reader.Read();
            var envelope = Read(ref reader);
            if (reader.Read())
                throw new EventFormatException("more than one JSON value: an event is exactly one object");
            return envelope;
        }
        catch (JsonException e)
        {
            throw new EventFormatException($"not valid JSON: {e.Message}", e);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
        {
            throw new EventFormatException($"not an event: {e.Message}", e);
        }
    }

    private static EventEnvelope Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new EventFormatException("an event must be a JSON object");
        var head = new Dictionary<string, object?>(StringComparer.Ordinal);
        JsonFields? data = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name == "data")
            {
                data = JsonFields.Read(ref reader);
                continue;
            }
            head[name] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => reader.GetInt64(),
                JsonTokenType.Null => null,
                _ => throw new EventFormatException($"unexpected {reader.TokenType} in '{name}'"),
            };
        }
        var type = Text(head, "type");
        var schema = head.GetValueOrDefault("schema") as long? ?? throw new EventFormatException("'schema' is missing");
        if (schema != EventEnvelope.CurrentSchemaVersion)
            throw new EventFormatException($"schema version {schema} of {type} is not supported (this ledger reads {EventEnvelope.CurrentSchemaVersion})");
        if (!Guid.TryParse(Text(head, "id"), out var id))
            throw new EventFormatException("'id' is not a UUID");
        if (!Stages.TryParse(Text(head, "stage"), out var stage))
            throw new EventFormatException($"'{head["stage"]}' is not a stage");
        var year = head.GetValueOrDefault("year") as long? ?? throw new EventFormatException("'year' is missing");
        return new EventEnvelope(
            id,
            Text(head, "unit"),
            checked((int)year),
            stage,
            JsonText.ParseDate(Text(head, "effective")),
            JsonText.ParseInstant(Text(head, "recorded")),
            head.GetValueOrDefault("basis") as string,
            head.GetValueOrDefault("reason") as string,
            Text(head, "actor"),
            EventData.Read(type, data ?? throw new EventFormatException($"{type} has no 'data'")));
    }

    private static string Text(Dictionary<string, object?> head, string name) =>
        head.GetValueOrDefault(name) as string ?? throw new EventFormatException($"'{name}' is missing or not a string");
}
