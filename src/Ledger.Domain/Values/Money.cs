namespace Ledger.Domain.Values;

/// <summary>
/// An exact amount of Rupiah. Budgets are printed in whole Rupiah, so the amount is a 64-bit
/// integer; every operation is checked and throws <see cref="OverflowException"/> rather than wrap.
/// Never a floating-point number.
/// </summary>
public readonly record struct Money(long Rupiah) : IComparable<Money>
{
    public static readonly Money Zero = new(0);

    public bool IsNegative => Rupiah < 0;

    public static Money operator +(Money a, Money b) => new(checked(a.Rupiah + b.Rupiah));
    public static Money operator -(Money a, Money b) => new(checked(a.Rupiah - b.Rupiah));
    public static Money operator -(Money a) => new(checked(-a.Rupiah));
    public static bool operator <(Money a, Money b) => a.Rupiah < b.Rupiah;
    public static bool operator >(Money a, Money b) => a.Rupiah > b.Rupiah;
    public static bool operator <=(Money a, Money b) => a.Rupiah <= b.Rupiah;
    public static bool operator >=(Money a, Money b) => a.Rupiah >= b.Rupiah;

    public int CompareTo(Money other) => Rupiah.CompareTo(other.Rupiah);

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
