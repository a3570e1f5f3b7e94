using System.Globalization;

namespace Ledger.Store;

/// <summary>
/// Name of one event stream. The ledger keeps exactly one stream per budget unit and fiscal year,
/// written as <c>"{unit}/{year}"</c>, e.g. <c>"Dinas Pendidikan/2025"</c>.
/// Immutable value; safe to share between threads. <c>default(StreamName)</c> is not a valid
/// name (<see cref="IsDefault"/>) and every store rejects it.
/// </summary>
public readonly record struct StreamName
{
    /// <summary>Longest unit name accepted, in UTF-16 chars; keeps index keys and hash input bounded.</summary>
    public const int MaxUnitLength = 200;
    /// <summary>Earliest fiscal year a stream name may carry (inclusive).</summary>
    public const int MinFiscalYear = 2000;
    /// <summary>Latest fiscal year a stream name may carry (inclusive).</summary>
    public const int MaxFiscalYear = 2100;

    private StreamName(string unit, int fiscalYear)
    {
        Unit = unit;
        FiscalYear = fiscalYear;
        Value = unit + "/" + fiscalYear.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Budget unit (organisation) name, trimmed; may contain spaces, never '/'.</summary>
    public string Unit { get => field ?? string.Empty; }

    /// <summary>Fiscal year, <see cref="MinFiscalYear"/>..<see cref="MaxFiscalYear"/>.</summary>
    public int FiscalYear { get; }

    /// <summary>Canonical text form <c>"{unit}/{year}"</c>, as stored.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>True only for <c>default(StreamName)</c>, which no store accepts.</summary>
    public bool IsDefault => Value.Length == 0;

    /// <exception cref="ArgumentException">Unit empty, too long, containing '/' or control characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 2000..2100.</exception>
    public static StreamName For(string unit, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, MinFiscalYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, MaxFiscalYear);
        var trimmed = unit.Trim();
        var problem = UnitProblem(trimmed);
        if (problem is not null)
            throw new ArgumentException($"Invalid unit name '{unit}': {problem}.", nameof(unit));
        return new StreamName(trimmed, fiscalYear);
    }

    /// <summary>Parses the canonical form only: <c>Parse(x).Value == x</c> always holds.</summary>
    /// <exception cref="FormatException">Not a canonical stream name.</exception>
    public static StreamName Parse(string value) =>
        TryParse(value, out var name)
            ? name
            : throw new FormatException($"'{value}' is not a stream name of the form 'unit/year'.");

    /// <summary>Reads <c>unit/year</c>; false (and a default name) when <paramref name="value"/> is not one.</summary>
    public static bool TryParse(string? value, out StreamName name)
    {
        name = default;
        var slash = value is null ? -1 : value.LastIndexOf('/');
        if (value is null || slash < 0 || value.Length - slash - 1 != 4)
            return false;
        var yearText = value.AsSpan(slash + 1);
        // Only plain ASCII digits: "+202" or " 2025" would not round-trip.
        foreach (var c in yearText)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        var year = int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
        var unit = value[..slash];
        if (year is < MinFiscalYear or > MaxFiscalYear || unit.Trim() != unit || UnitProblem(unit) is not null)
            return false;
        name = new StreamName(unit, year);
        return true;
    }

    /// <summary>The name as stored: <c>unit/year</c>.</summary>
    public override string ToString() => Value;

    private static string? UnitProblem(string unit)
    {
        if (unit.Length == 0)
            return "it is empty";
        if (unit.Length > MaxUnitLength)
            return $"it is longer than {MaxUnitLength} characters";
        if (unit.Contains('/', StringComparison.Ordinal))
            return "it contains '/'";
        if (unit.Any(char.IsControl))
            return "it contains control characters";
        return null;
    }
}
