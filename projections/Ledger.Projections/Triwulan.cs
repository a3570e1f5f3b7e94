using NodaTime;

namespace Ledger.Projections;

/// <summary>Quarters of a fiscal year (1 January – 31 December).</summary>
public static class Triwulan
{
    /// <summary>The last day of quarter <paramref name="quarter"/> (1–4): 31 Mar, 30 Jun, 30 Sep, 31 Dec.</summary>
    public static LocalDate End(int fiscalYear, int quarter) => quarter switch
    {
        1 => new LocalDate(fiscalYear, 3, 31),
        2 => new LocalDate(fiscalYear, 6, 30),
        3 => new LocalDate(fiscalYear, 9, 30),
        4 => new LocalDate(fiscalYear, 12, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "a triwulan is 1 to 4"),
    };
}
