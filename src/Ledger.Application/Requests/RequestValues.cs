using System.Globalization;
using Ledger.Domain.Values;
using Ledger.Store;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Application.Requests;

/// <summary>
/// The one parser of typed request values (unit, fiscal year, stage, date, instant, triwulan, period end, kode) for
/// the CLI, the web query string and the cluster node. Callers pass the parameter's name as their users write it
/// (<c>--as-known-at</c>, <c>asKnownAt</c>), and decide themselves what an absent value means.
/// </summary>
public static class RequestValues
{
    public static Parsed<string> Unit(string text, string name)
    {
        var unit = text.Trim();
        if (unit.Length == 0)
            return Parsed<string>.Refused($"{name} is empty");
        if (unit.Length > StreamName.MaxUnitLength || unit.Contains('/') || unit.Any(char.IsControl))
            return Parsed<string>.Refused($"{name} '{unit}' is not a unit name (at most {StreamName.MaxUnitLength} characters, no '/')");
        return Parsed<string>.Of(unit);
    }

    /// <summary>A fiscal year a stream can have: <see cref="StreamName.MinFiscalYear"/>..<see cref="StreamName.MaxFiscalYear"/>.</summary>
    public static Parsed<int> FiscalYear(string text, string name)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year))
            return Parsed<int>.Refused($"{name} '{text}' is not a fiscal year: write YYYY ({StreamName.MinFiscalYear}..{StreamName.MaxFiscalYear})");
        return year is < StreamName.MinFiscalYear or > StreamName.MaxFiscalYear
            ? Parsed<int>.Refused($"{name} {year}: a fiscal year is {StreamName.MinFiscalYear} to {StreamName.MaxFiscalYear}")
            : Parsed<int>.Of(year);
    }

    public static Parsed<Stage> Stage(string text, string name) =>
        Stages.TryParse(text, out var stage)
            ? Parsed<Stage>.Of(stage)
            : Parsed<Stage>.Refused($"{name} '{text}' is not a stage: use murni, pergeseran, refocusing or perubahan");

    /// <summary>An ISO calendar date, <c>YYYY-MM-DD</c>; impossible days such as <c>2020-02-30</c> are refused.</summary>
    public static Parsed<LocalDate> Date(string text, string name) =>
        LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } date
            ? Parsed<LocalDate>.Of(date.Value)
            : Parsed<LocalDate>.Refused($"{name} '{text}' is not a date: write YYYY-MM-DD");

    /// <summary>
    /// An ISO-8601 UTC instant ending in <c>Z</c> (contract §3). A date-time without a zone is refused rather than
    /// guessed: read as UTC it would be seven or eight hours off for a user in Indonesia.
    /// </summary>
    public static Parsed<Instant> Instant(string text, string name) =>
        InstantPattern.ExtendedIso.Parse(text.Trim()) is { Success: true } instant
            ? Parsed<Instant>.Of(instant.Value)
            : Parsed<Instant>.Refused($"{name} '{text}' is not an instant: write ISO-8601 UTC such as 2020-08-05T10:00:00Z");

    public static Parsed<int> Triwulan(string text, string name) =>
        int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4
            ? Parsed<int>.Of(quarter)
            : Parsed<int>.Refused($"{name} {text.Trim()}: a triwulan is 1, 2, 3 or 4");

    /// <summary>The end of the triwulan, or the given date; at most one of them; null when neither is given.</summary>
    public static Parsed<LocalDate?> PeriodEnd(int fiscalYear, string? triwulan, string? date, string triwulanName, string dateName)
    {
        if (triwulan is not null && date is not null)
            return Parsed<LocalDate?>.Refused($"give {triwulanName} or {dateName}, not both");
        if (triwulan is not null)
        {
            var quarter = Triwulan(triwulan, triwulanName);
            return quarter.Error is { } error
                ? Parsed<LocalDate?>.Refused(error)
                : Parsed<LocalDate?>.Of(Projections.Triwulan.End(fiscalYear, quarter.Value));
        }
        if (date is null)
            return Parsed<LocalDate?>.Of(null);
        var end = Date(date, dateName);
        return end.Error is { } problem ? Parsed<LocalDate?>.Refused(problem) : Parsed<LocalDate?>.Of(end.Value);
    }

    public static Parsed<Kode> Kode(string text, string name) =>
        Domain.Values.Kode.TryParse(text, out var kode, out var problem)
            ? Parsed<Kode>.Of(kode)
            : Parsed<Kode>.Refused($"{name}: {problem}");

    /// <summary>A Renstra's period, <c>YYYY-YYYY</c>: two fiscal years, the first not after the last.</summary>
    public static Parsed<(int First, int Last)> Period(string text, string name)
    {
        var parts = text.Trim().Split('-');
        if (parts.Length != 2 || parts.Any(p => p.Trim().Length != 4 || !p.Trim().All(char.IsAsciiDigit)))
            return Parsed<(int, int)>.Refused($"{name} '{text}' is not a period: write YYYY-YYYY, e.g. 2021-2026");
        var first = FiscalYear(parts[0], name);
        if (first.Error is { } badFirst)
            return Parsed<(int, int)>.Refused(badFirst);
        var last = FiscalYear(parts[1], name);
        if (last.Error is { } badLast)
            return Parsed<(int, int)>.Refused(badLast);
        return first.Value > last.Value
            ? Parsed<(int, int)>.Refused($"{name} {text.Trim()}: the period ends before it starts")
            : Parsed<(int, int)>.Of((first.Value, last.Value));
    }
}
