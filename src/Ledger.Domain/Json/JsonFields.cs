using System.Globalization;
using System.Text.Json;
using Ledger.Domain.Values;

namespace Ledger.Domain.Json;

/// <summary>
/// The properties of one event's <c>data</c> object, read once, then taken by name with clear errors.
/// The names are the fixed set <see cref="Names"/> (others are ignored), so values sit in an array
/// indexed by name instead of a dictionary: reading an event allocates nothing but the event.
/// One instance per thread, reused.
/// </summary>
internal sealed class JsonFields
{
    private static readonly string[] Names =
    [
        "kode", "level", "parent", "uraian", "lokasi", "sumber_dana", "kelompok_sasaran", "pagu", "from", "to",
        "indikator", "satuan", "arah", "target", "realisasi", "source", "fingerprint", "lines",
        "tujuan", "sasaran", "iku", "order", "slot", "value", "first_year", "last_year", "renstra", "indicators", "programs",
    ];

    private static readonly Utf8NameTable Table = new(Names);

    [ThreadStatic]
    private static JsonFields? _current;

    private readonly Slot[] _slots = new Slot[Names.Length];

    private enum Kind : byte { Missing, Null, Text, Number, Quantity, Boolean }

    private struct Slot
    {
        public Kind Kind;
        public string? Text;
        public long Whole;
        public bool IsWhole;
        public decimal Number;
        public Quantity Quantity;
    }

    /// <summary>Reads the object the reader stands on into this thread's instance (valid until the next read).</summary>
    public static JsonFields Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new EventFormatException("expected a JSON object");
        var fields = _current ??= new JsonFields();
        Array.Clear(fields._slots);
        var strings = Utf8StringPool.Current;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var index = reader.ValueIsEscaped ? -1 : Table.IndexOf(reader.ValueSpan);
            var name = index >= 0 ? Names[index] : reader.GetString()!;
            reader.Read();
            var slot = new Slot();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    slot.Kind = Kind.Text;
                    slot.Text = strings.Read(ref reader);
                    break;
                case JsonTokenType.Number:
                    slot.Kind = Kind.Number;
                    slot.IsWhole = reader.TryGetInt64(out slot.Whole);
                    slot.Number = slot.IsWhole ? slot.Whole : reader.GetDecimal();
                    break;
                case JsonTokenType.Null:
                    slot.Kind = Kind.Null;
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    slot.Kind = Kind.Boolean;
                    slot.IsWhole = reader.TokenType == JsonTokenType.True;
                    break;
                case JsonTokenType.StartObject:
                    slot.Kind = Kind.Quantity;
                    slot.Quantity = ReadQuantity(ref reader, strings);
                    break;
                default:
                    throw new EventFormatException($"unexpected {reader.TokenType} in '{name}'");
            }
            if (index >= 0)
                fields._slots[index] = slot;
        }
        return fields;
    }

    public string String(string name) =>
        NullableString(name) ?? throw new EventFormatException($"'{name}' is missing or not a string");

    public string? NullableString(string name) => At(name) is { Kind: Kind.Text } slot ? slot.Text : null;

    public Kode Kode(string name = "kode")
    {
        var text = String(name);
        return Values.Kode.TryParse(text, out var kode, out var problem) ? kode : throw new EventFormatException(problem!);
    }

    public Kode? NullableKode(string name) => NullableString(name) is null ? null : Kode(name);

    public decimal Number(string name) =>
        At(name) is { Kind: Kind.Number } slot ? slot.Number : throw new EventFormatException($"'{name}' is missing or not a number");

    public long Integer(string name)
    {
        if (At(name) is { Kind: Kind.Number, IsWhole: true } slot)
            return slot.Whole;
        var value = Number(name);
        return value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue
            ? (long)value
            : throw new EventFormatException($"'{name}' is not a whole number: {value.ToString(CultureInfo.InvariantCulture)}");
    }

    public Money Money(string name) => new(Integer(name));

    public int Int(string name) => checked((int)Integer(name));

    public int? NullableInt(string name) => At(name) is { Kind: Kind.Null } ? null : Int(name);

    public bool Boolean(string name) =>
        At(name) is { Kind: Kind.Boolean } slot ? slot.IsWhole : throw new EventFormatException($"'{name}' is missing or not true/false");

    public RenstraSlot RenstraSlot(string name = "slot") =>
        Values.RenstraSlot.TryParse(String(name), out var slot) ? slot : throw new EventFormatException($"'{String(name)}' is not a Renstra column");

    public KodeList Kodes(string name) =>
        KodeList.TryParse(String(name), out var list, out var problem) ? list : throw new EventFormatException(problem!);

    public Quantity Quantity(string name) =>
        At(name) is { Kind: Kind.Quantity } slot ? slot.Quantity : throw new EventFormatException($"'{name}' is missing or not a {{value, satuan}} object");

    private Slot At(string name) => _slots[Array.IndexOf(Names, name)];

    private static Quantity ReadQuantity(ref Utf8JsonReader reader, Utf8StringPool strings)
    {
        decimal? value = null;
        var satuan = "";
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var isValue = reader.ValueTextEquals("value"u8);
            var isSatuan = reader.ValueTextEquals("satuan"u8);
            var name = isValue || isSatuan ? null : reader.GetString();
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.Number when isValue:
                    value = reader.GetDecimal();
                    break;
                case JsonTokenType.String when isSatuan:
                    satuan = strings.Read(ref reader);
                    break;
                case JsonTokenType.Null when isSatuan:
                    satuan = "";
                    break;
                case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null when name is not null:
                    break;
                default:
                    throw new EventFormatException($"unexpected {reader.TokenType} in '{name ?? (isValue ? "value" : "satuan")}'");
            }
        }
        return new Quantity(value ?? throw new EventFormatException("'value' is missing or not a number"), satuan);
    }
}
