using Ledger.Domain.Values;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Cli.Options;

/// <summary>Turns option text into typed values, with usage errors that say what was expected.</summary>
public static class OptionValues
{
    public static LocalDate? Date(string? text, string option)
    {
        if (text is null)
            return null;
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        return parsed.Success ? parsed.Value : throw new UsageException($"{option} '{text}' is not a date: write YYYY-MM-DD");
    }

    public static Instant? Instant(string? text, string option)
    {
        if (text is null)
            return null;
        var trimmed = text.Trim();
        if (InstantPattern.ExtendedIso.Parse(trimmed) is { Success: true } utc)
            return utc.Value;
        if (OffsetDateTimePattern.ExtendedIso.Parse(trimmed) is { Success: true } offset)
            return offset.Value.ToInstant();
        throw new UsageException($"{option} '{text}' is not an instant: write ISO-8601 UTC such as 2020-08-05T10:00:00Z");
    }

    public static Stage? Stage(string? text, string option)
    {
        if (text is null)
            return null;
        return Stages.TryParse(text, out var stage)
            ? stage
            : throw new UsageException($"{option} '{text}' is not a stage: use murni, pergeseran, refocusing or perubahan");
    }

    public static Kode? Kode(string? text)
    {
        if (text is null)
            return null;
        return Domain.Values.Kode.TryParse(text, out var kode, out var problem) ? kode : throw new UsageException($"--kode: {problem}");
    }

    public static string Unit(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new UsageException("--unit is empty") : text.Trim();

    /// <summary>The end of <paramref name="triwulan"/>, or the given date; at most one of them; null when neither.</summary>
    public static LocalDate? PeriodEnd(int fiscalYear, int? triwulan, string? date, string dateOption)
    {
        if (triwulan is not null && date is not null)
            throw new UsageException($"give --triwulan or {dateOption}, not both");
        if (triwulan is { } quarter)
        {
            return quarter is >= 1 and <= 4
                ? Projections.Triwulan.End(fiscalYear, quarter)
                : throw new UsageException($"--triwulan {quarter}: a triwulan is 1, 2, 3 or 4");
        }
        return Date(date, dateOption);
    }

    public static Domain.Performance.PredikatScale Predikat(string? name)
    {
        if (name is null)
            return Domain.Performance.PredikatScale.Permendagri86;
        return Domain.Performance.PredikatScale.TryParse(name, out var scale)
            ? scale
            : throw new UsageException($"--predikat '{name}': use permendagri86 or lkjip");
    }
}
