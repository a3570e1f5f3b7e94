using System.Globalization;
using Ledger.Application;
using Ledger.Domain.Values;
using Ledger.Store;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Web.Queries;

/// <summary>Turns query-string text into typed values; bad text is an <see cref="InputException"/> (400) saying what was expected.</summary>
internal static class QueryValues
{
    public static string Unit(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException("unit is missing: give unit=UNIT, e.g. unit=Kecamatan Mangkutana");
        var unit = text.Trim();
        if (unit.Length > StreamName.MaxUnitLength || unit.Contains('/') || unit.Any(char.IsControl))
            throw new InputException($"unit '{unit}' is not a unit name (at most {StreamName.MaxUnitLength} characters, no '/')");
        return unit;
    }

    public static int Year(string? text)
    {
        if (!int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < StreamName.MinFiscalYear || year > StreamName.MaxFiscalYear)
        {
            throw new InputException($"year '{text}' is not a fiscal year: give year=YYYY ({StreamName.MinFiscalYear}..{StreamName.MaxFiscalYear})");
        }
        return year;
    }

    public static LocalDate? Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        return parsed.Success ? parsed.Value : throw new InputException($"{name} '{text}' is not a date: write YYYY-MM-DD");
    }

    /// <summary>An ISO-8601 instant (<c>2020-08-05T10:00:00Z</c>, or with an offset), or a date-time without zone read as UTC.</summary>
    public static Instant? Instant(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        if (InstantPattern.ExtendedIso.Parse(trimmed) is { Success: true } utc)
            return utc.Value;
        if (OffsetDateTimePattern.ExtendedIso.Parse(trimmed) is { Success: true } offset)
            return offset.Value.ToInstant();
        if (LocalDateTimePattern.ExtendedIso.Parse(trimmed) is { Success: true } local)
            return local.Value.InUtc().ToInstant();
        throw new InputException($"{name} '{text}' is not an instant: write ISO-8601 UTC such as 2020-08-05T10:00:00Z");
    }

    public static Stage? Stage(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return Stages.TryParse(text, out var stage)
            ? stage
            : throw new InputException($"{name} '{text}' is not a stage: use murni, pergeseran, refocusing or perubahan");
    }

    public static int? Triwulan(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4
            ? quarter
            : throw new InputException($"triwulan '{text}' is not a quarter: use 1, 2, 3 or 4");
    }

    public static Domain.Performance.PredikatScale Predikat(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Domain.Performance.PredikatScale.Permendagri86;
        return Domain.Performance.PredikatScale.TryParse(text, out var scale)
            ? scale
            : throw new InputException($"predikat '{text}' is not a scale: use permendagri86 or lkjip");
    }

    public static Kode? Kode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return Domain.Values.Kode.TryParse(text, out var kode, out var problem) ? kode : throw new InputException($"kode: {problem}");
    }
}
