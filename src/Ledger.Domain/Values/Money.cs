namespace Ledger.Domain.Values;

/// <summary>
/// An exact amount of Rupiah. Budgets are printed in whole Rupiah, so the amount is a 64-bit
/// integer; every operation is checked and throws <see cref="OverflowException"/> rather than wrap.
/// Never a floating-point number.
/// </summary>
public readonly record struct Money(long Rupiah) : IComparable<Money>
{
    /// <summary>Rp 0.</summary>
    public static readonly Money Zero = new(0);

    /// <summary>True below zero.</summary>
    public bool IsNegative => Rupiah < 0;

    /// <summary>The sum; throws <see cref="OverflowException"/> past a 64-bit amount.</summary>
    public static Money operator +(Money a, Money b) => new(checked(a.Rupiah + b.Rupiah));
    /// <summary>The difference; throws <see cref="OverflowException"/> past a 64-bit amount.</summary>
    public static Money operator -(Money a, Money b) => new(checked(a.Rupiah - b.Rupiah));
    /// <summary>The negated amount; throws <see cref="OverflowException"/> for the smallest amount.</summary>
    public static Money operator -(Money a) => new(checked(-a.Rupiah));
    /// <summary>True when <paramref name="a"/> is less than <paramref name="b"/>.</summary>
    public static bool operator <(Money a, Money b) => a.Rupiah < b.Rupiah;
    /// <summary>True when <paramref name="a"/> is more than <paramref name="b"/>.</summary>
    public static bool operator >(Money a, Money b) => a.Rupiah > b.Rupiah;
    /// <summary>True when <paramref name="a"/> is at most <paramref name="b"/>.</summary>
    public static bool operator <=(Money a, Money b) => a.Rupiah <= b.Rupiah;
    /// <summary>True when <paramref name="a"/> is at least <paramref name="b"/>.</summary>
    public static bool operator >=(Money a, Money b) => a.Rupiah >= b.Rupiah;

    /// <inheritdoc/>
    public int CompareTo(Money other) => Rupiah.CompareTo(other.Rupiah);

    /// <summary>The checked sum of <paramref name="amounts"/>; Rp 0 for none.</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        var total = Zero;
        foreach (var amount in amounts)
            total += amount;
        return total;
    }

    /// <summary>Plain integer, as in CSV and JSON: <c>-5000000</c>.</summary>
    public override string ToString() => Rupiah.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
