using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Ledger.Domain.Values;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Domain.Json;

/// <summary>Text forms shared by the event writer and reader.</summary>
internal static class JsonText
{
    /// <summary>Keeps Indonesian text readable in the journal (no \u escapes for letters), still escaping HTML-significant characters.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>Reads a date string token: <c>YYYY-MM-DD</c> straight from the bytes, anything else through the pattern.</summary>
    public static LocalDate ParseDate(ref System.Text.Json.Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && IsoDate(reader.ValueSpan) is { } date ? date : ParseDate(reader.GetString()!);

    /// <summary>Reads an instant string token: <c>YYYY-MM-DDTHH:MM:SSZ</c> straight from the bytes, anything else through the pattern.</summary>
    public static Instant ParseInstant(ref System.Text.Json.Utf8JsonReader reader)
    {
        var utf8 = reader.ValueSpan;
        if (!reader.ValueIsEscaped && utf8.Length == 20 && utf8[10] == 'T' && utf8[13] == ':' && utf8[16] == ':' && utf8[19] == 'Z'
            && Digits(utf8.Slice(11, 2), out var hour) && Digits(utf8.Slice(14, 2), out var minute) && Digits(utf8.Slice(17, 2), out var second)
            && hour < 24 && minute < 60 && second < 60 && IsoDate(utf8[..10]) is { } date)
            return date.At(new LocalTime(hour, minute, second)).InUtc().ToInstant();
        return ParseInstant(reader.GetString()!);
    }

    private static LocalDate? IsoDate(ReadOnlySpan<byte> utf8) =>
        utf8.Length == 10 && utf8[4] == '-' && utf8[7] == '-'
        && Digits(utf8[..4], out var year) && Digits(utf8.Slice(5, 2), out var month) && Digits(utf8.Slice(8, 2), out var day)
        && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;

    private static bool Digits(ReadOnlySpan<byte> utf8, out int value)
    {
        value = 0;
        foreach (var b in utf8)
        {
            if (b is < (byte)'0' or > (byte)'9')
                return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }

    public static LocalDate ParseDate(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } result ? result.Value : throw new EventFormatException($"'{text}' is not a date (YYYY-MM-DD)");

    public static Instant ParseInstant(string text) =>
        InstantPattern.ExtendedIso.Parse(text) is { Success: true } result ? result.Value : throw new EventFormatException($"'{text}' is not an instant (ISO-8601 UTC)");

    /// <summary>Drops trailing zeros so 78.50 and 78.5 serialise alike.</summary>
    public static decimal Canonical(decimal value) => value / 1.000000000000000000000000000000000m;

    public static string Arah(Arah arah) => arah == Values.Arah.Turun ? "turun" : "naik";

    public static Arah ParseArah(string? text) => text switch
    {
        "naik" or null => Values.Arah.Naik,
        "turun" => Values.Arah.Turun,
        _ => throw new EventFormatException($"'{text}' is not an arah (naik or turun)"),
    };

    public static string Number(decimal value) => Canonical(value).ToString(CultureInfo.InvariantCulture);
}
