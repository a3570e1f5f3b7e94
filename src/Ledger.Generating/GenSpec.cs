namespace Ledger.Generating;

/// <summary>
/// What <c>ledger gen</c> makes: units 1 to <see cref="Units"/>, each for the fiscal years <see cref="FirstYear"/> to
/// <see cref="FirstYear"/> + <see cref="Years"/> − 1, from <see cref="Seed"/>. Validated on construction.
/// </summary>
public sealed record GenSpec
{
    public const int FirstYear = 2020;
    public const int MaxUnits = 1_000_000;
    public const int MaxYears = 20;

    public GenSpec(int units, int years, ulong seed)
    {
        if (units is < 1 or > MaxUnits)
            throw new ArgumentOutOfRangeException(nameof(units), units, $"--units is 1 to {MaxUnits:N0}");
        if (years is < 1 or > MaxYears)
            throw new ArgumentOutOfRangeException(nameof(years), years, $"--years is 1 to {MaxYears}");
        (Units, Years, Seed) = (units, years, seed);
    }

    public int Units { get; }

    public int Years { get; }

    public ulong Seed { get; }

    public int UnitYears => checked(Units * Years);

    /// <summary>Every unit-year, unit by unit, each unit's years in order.</summary>
    public IEnumerable<(int Unit, int FiscalYear)> Each()
    {
        for (var unit = 1; unit <= Units; unit++)
        {
            for (var year = FirstYear; year < FirstYear + Years; year++)
                yield return (unit, year);
        }
    }
}
