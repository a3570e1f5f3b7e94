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
