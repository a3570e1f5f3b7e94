using System.Globalization;
using System.Numerics;

namespace Ledger.Sheets.Checks;

/// <summary>
/// An exact rational number: what a percentage really is before anyone rounds it. Built from the
/// exact decimals of the sheets (Rupiah, targets, realisasi kinerja), so a printed figure can be
/// judged against the true value rather than against another rounding.
/// </summary>
internal readonly record struct ExactRatio
{
    private ExactRatio(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = gcd.IsOne || gcd.IsZero ? numerator : numerator / gcd;
        Denominator = gcd.IsOne || gcd.IsZero ? denominator : denominator / gcd;
    }

    public BigInteger Numerator { get; }

    /// <summary>Always positive.</summary>
    public BigInteger Denominator { get; }

    /// <summary>A decimal, exactly (its unscaled digits over a power of ten).</summary>
    public static ExactRatio Of(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // The three low words are an unsigned 96-bit magnitude; reinterpret them, don't convert (the build checks overflow).
        var magnitude = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32)
            | new BigInteger(unchecked((uint)bits[0]));
        var scale = (bits[3] >> 16) & 0xFF;
        return new ExactRatio(bits[3] < 0 ? -magnitude : magnitude, BigInteger.Pow(10, scale));
    }

    /// <summary><paramref name="part"/> ÷ <paramref name="whole"/> × 100; null when <paramref name="whole"/> is 0.</summary>
    public static ExactRatio? Percent(ExactRatio part, ExactRatio whole) =>
        whole.Numerator.IsZero
            ? null
            : new ExactRatio(part.Numerator * whole.Denominator * 100, part.Denominator * whole.Numerator);

    public static ExactRatio operator -(ExactRatio a, ExactRatio b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static ExactRatio operator *(int factor, ExactRatio a) => new(factor * a.Numerator, a.Denominator);

    /// <summary>The value × 10^<paramref name="decimals"/>, rounded half away from zero to a whole number.</summary>
    public BigInteger RoundedAt(int decimals)
    {
        var (whole, remainder) = BigInteger.DivRem(BigInteger.Abs(Numerator) * BigInteger.Pow(10, decimals), Denominator);
        if (remainder * 2 >= Denominator)
            whole += 1;
        return Numerator.Sign < 0 ? -whole : whole;
    }

    /// <summary>The value × 10^<paramref name="decimals"/>, cut towards zero to a whole number.</summary>
    public BigInteger TruncatedAt(int decimals)
    {
        var whole = BigInteger.Abs(Numerator) * BigInteger.Pow(10, decimals) / Denominator;
        return Numerator.Sign < 0 ? -whole : whole;
    }

    /// <summary>Two decimals, rounded half away from zero, <c>.</c> as the decimal mark: <c>90.91</c>, <c>0.00</c>.</summary>
    public string ToTwoDecimals()
    {
        var hundredths = RoundedAt(2);
        var magnitude = BigInteger.Abs(hundredths);
        var text = (magnitude / 100).ToString(CultureInfo.InvariantCulture) + "."
            + (magnitude % 100).ToString("00", CultureInfo.InvariantCulture);
        return hundredths.Sign < 0 ? "-" + text : text;
    }
}
