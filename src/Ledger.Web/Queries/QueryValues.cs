using Ledger.Application;
using Ledger.Application.Requests;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Web.Queries;

/// <summary>Turns query-string text into typed values; bad text is an <see cref="InputException"/> (400) saying what was expected.</summary>
internal static class QueryValues
{
    public static string Unit(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException("unit is missing: give unit=UNIT, e.g. unit=Kecamatan Mangkutana");
        return RequestValues.Unit(text, "unit").OrThrow(Refused);
    }

    public static int Year(string? text) => RequestValues.FiscalYear(text ?? "", "year").OrThrow(Refused);

    public static LocalDate? Date(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? null : RequestValues.Date(text, name).OrThrow(Refused);

    /// <summary>An ISO-8601 UTC instant such as <c>2020-08-05T10:00:00Z</c>, refused without its zone as the CLI refuses it.</summary>
    public static Instant? Instant(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? null : RequestValues.Instant(text, name).OrThrow(Refused);

    public static Stage? Stage(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? null : RequestValues.Stage(text, name).OrThrow(Refused);

    public static int? Triwulan(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : RequestValues.Triwulan(text, "triwulan").OrThrow(Refused);

    /// <summary>
    /// The end of <c>triwulan</c>, or the date <paramref name="dateName"/>; at most one of them; null when neither.
    /// Parsed as the CLI parses <c>--triwulan</c> and <c>--period-end</c>: a blank field is an absent one.
    /// </summary>
    public static LocalDate? PeriodEnd(int year, string? triwulan, string? date, string dateName) =>
        RequestValues.PeriodEnd(year, Given(triwulan), Given(date), "triwulan", dateName).OrThrow(Refused);

    public static Domain.Performance.PredikatScale Predikat(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Domain.Performance.PredikatScale.Permendagri86;
        return Domain.Performance.PredikatScale.TryParse(text, out var scale)
            ? scale
            : throw new InputException($"predikat '{text}' is not a scale: use permendagri86 or lkjip");
    }

    public static Kode? Kode(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : RequestValues.Kode(text, "kode").OrThrow(Refused);

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    // A refused query value is bad input: 400 with {error}.
    private static InputException Refused(string message) => new(message);
}
