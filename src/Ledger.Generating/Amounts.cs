using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// Rupiah amounts drawn the way the seeds' pagu look: mostly millions to hundreds of millions, some exact to the
/// rupiah ("3.853.423"), some round ("5.000.000"). Integer arithmetic only, every step checked.
/// </summary>
public static class Amounts
{
    private static readonly IReadOnlyList<int> DigitWeights = [5, 45, 40, 10];
    private static readonly IReadOnlyList<int> Digits = [6, 7, 8, 9];

    /// <summary>A sub kegiatan's pagu: 100.000 to 9.999.999.999 Rupiah, roughly log-uniform by decade.</summary>
    public static Money Leaf(SplitMix64 random)
    {
        var digits = Digits[random.Weighted(DigitWeights)];
        var unit = Pow10(digits - 4);
        var amount = checked(random.Between(1_000, 9_999) * unit);
        // Half are exact figures from a RKA's detail lines, half round ones.
        if (random.Chance(50))
            amount = checked(amount + random.Below(unit));
        return new Money(amount);
    }

    public static Money Between(SplitMix64 random, long min, long max) => new(RoundThousand(random.Between(min, max)));

    /// <summary><paramref name="amount"/> × <paramref name="permille"/> / 1000, rounded down to a thousand Rupiah.</summary>
    public static Money Scale(Money amount, int permille) => new(RoundThousand(checked(amount.Rupiah * permille / 1000)));

    /// <summary><paramref name="amount"/> × <paramref name="permille"/> / 1000, rounded down to a hundred Rupiah (realisasi).</summary>
    public static Money Part(Money amount, int permille) => new(checked(amount.Rupiah * permille / 1000 / 100 * 100));

    private static long RoundThousand(long amount) => amount / 1_000 * 1_000;

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++)
            result = checked(result * 10);
        return result;
    }
}
