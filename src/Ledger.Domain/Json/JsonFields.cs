using System.Globalization;
using System.Text.Json;
using Ledger.Domain.Values;

namespace Ledger.Domain.Json;

/// <summary>The properties of one flat JSON object, read once, then taken by name with clear errors.</summary>
internal sealed class JsonFields
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public static JsonFields Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new EventFormatException("expected a JSON object");
        var fields = new JsonFields();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            fields._values[name] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => reader.GetDecimal(),
                JsonTokenType.Null => null,
                JsonTokenType.StartObject => ReadQuantity(ref reader, name),
                _ => throw new EventFormatException($"unexpected {reader.TokenType} in '{name}'"),
            };
        }
        return fields;
    }

    public string String(string name) =>
        _values.GetValueOrDefault(name) as string ?? throw new EventFormatException($"'{name}' is missing or not a string");

    public string? NullableString(string name) => _values.GetValueOrDefault(name) as string;

    public Kode Kode(string name = "kode")
    {
        var text = String(name);
        return Values.Kode.TryParse(text, out var kode, out var problem) ? kode : throw new EventFormatException(problem!);
    }

    public Kode? NullableKode(string name) => NullableString(name) is null ? null : Kode(name);

    public decimal Number(string name) =>
        _values.GetValueOrDefault(name) is decimal value ? value : throw new EventFormatException($"'{name}' is missing or not a number");

    public long Integer(string name)
    {
        var value = Number(name);
        return value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue
            ? (long)value
            : throw new EventFormatException($"'{name}' is not a whole number: {value.ToString(CultureInfo.InvariantCulture)}");
    }

    public Money Money(string name) => new(Integer(name));

    public Quantity Quantity(string name) =>
        _values.GetValueOrDefault(name) is Quantity q ? q : throw new EventFormatException($"'{name}' is missing or not a {{value, satuan}} object");

    private static Quantity ReadQuantity(ref Utf8JsonReader reader, string name)
    {
        var inner = Read(ref reader);
        return new Quantity(inner.Number("value"), inner.NullableString("satuan") ?? "");
    }
}
