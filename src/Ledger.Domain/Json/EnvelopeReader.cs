using System.Buffers.Text;
using System.Text.Json;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Json;

/// <summary>
/// Reads one stored event in a single pass over its bytes. Replay decodes every event of the journal,
/// so the common, canonical forms are read straight from the UTF-8 (ids, dates, instants, stages) and
/// repeated texts come from <see cref="Utf8StringPool"/>; anything unusual falls back to the general parsers.
/// </summary>
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
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            throw new EventFormatException($"not an event: {e.Message}", e);
        }
    }

    private static EventEnvelope Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new EventFormatException("an event must be a JSON object");
        var head = new Head();
        JsonFields? data = null;
        var strings = Utf8StringPool.Current;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var field = HeadField(ref reader);
            var name = field == Field.Other ? reader.GetString()! : null;
            reader.Read();
            if (field == Field.Data)
                data = JsonFields.Read(ref reader);
            else if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null)
                head.Set(field, ref reader, strings);
            else
                throw new EventFormatException($"unexpected {reader.TokenType} in '{name ?? field.ToString().ToLowerInvariant()}'");
        }
        var type = head.Type ?? throw Missing("type");
        if (head.Schema is not { } schema)
            throw new EventFormatException("'schema' is missing");
        if (schema != EventEnvelope.CurrentSchemaVersion)
            throw new EventFormatException($"schema version {schema} of {type} is not supported (this ledger reads {EventEnvelope.CurrentSchemaVersion})");
        if (head.Year is not { } year)
            throw new EventFormatException("'year' is missing");
        if (year is < 1 or > 9999)
            throw new EventFormatException($"'year' {year} is not a fiscal year");
        return new EventEnvelope(
            head.Id ?? throw new EventFormatException("'id' is not a UUID"),
            head.Unit ?? throw Missing("unit"),
            checked((int)year),
            head.Stage ?? throw new EventFormatException($"'{head.StageText}' is not a stage"),
            head.Effective ?? throw Missing("effective"),
            head.Recorded ?? throw Missing("recorded"),
            head.Basis,
            head.Reason,
            head.Actor ?? throw Missing("actor"),
            EventData.Read(type, data ?? throw new EventFormatException($"{type} has no 'data'")));
    }

    private enum Field { Other, Id, Type, Schema, Unit, Year, Stage, Effective, Recorded, Basis, Reason, Actor, Data }

    // In Field order, after Other.
    private static readonly Utf8NameTable HeadNames =
        new(["id", "type", "schema", "unit", "year", "stage", "effective", "recorded", "basis", "reason", "actor", "data"]);

    private static Field HeadField(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? Field.Other : (Field)(HeadNames.IndexOf(reader.ValueSpan) + 1);

    private static EventFormatException Missing(string name) => new($"'{name}' is missing or not a string");

    /// <summary>The envelope's own properties as read so far. A later duplicate replaces an earlier one; a value of the wrong kind counts as missing.</summary>
    private ref struct Head
    {
        public string? Type;
        public string? Unit;
        public string? Actor;
        public string? Basis;
        public string? Reason;
        public long? Schema;
        public long? Year;
        public Guid? Id;
        public Stage? Stage;
        public string? StageText;
        public NodaTime.LocalDate? Effective;
        public NodaTime.Instant? Recorded;

        public void Set(Field field, ref Utf8JsonReader reader, Utf8StringPool strings)
        {
            var isText = reader.TokenType == JsonTokenType.String;
            var isNumber = reader.TokenType == JsonTokenType.Number;
            switch (field)
            {
                case Field.Schema:
                    Schema = isNumber ? reader.GetInt64() : null;
                    break;
                case Field.Year:
                    Year = isNumber ? reader.GetInt64() : null;
                    break;
                case Field.Id:
                    Id = isText ? ReadGuid(ref reader) : null;
                    break;
                case Field.Stage:
                    StageText = isText ? strings.Read(ref reader) : null;
                    Stage = Stages.TryParse(StageText, out var stage) ? stage : null;
                    break;
                case Field.Effective:
                    Effective = isText ? JsonText.ParseDate(ref reader) : null;
                    break;
                case Field.Recorded:
                    Recorded = isText ? JsonText.ParseInstant(ref reader) : null;
                    break;
                case Field.Type:
                    Type = isText ? strings.Read(ref reader) : null;
                    break;
                case Field.Unit:
                    Unit = isText ? strings.Read(ref reader) : null;
                    break;
                case Field.Actor:
                    Actor = isText ? strings.Read(ref reader) : null;
                    break;
                case Field.Basis:
                    Basis = isText ? strings.Read(ref reader) : null;
                    break;
                case Field.Reason:
                    Reason = isText ? strings.Read(ref reader) : null;
                    break;
            }
        }

        private static Guid? ReadGuid(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out Guid id, out var used, 'D') && used == reader.ValueSpan.Length)
                return id;
            return Guid.TryParse(reader.GetString(), out id) ? id : null;
        }
    }
}
