using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Tests.Support;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Values;

public sealed class MoneyTests
{
    private static readonly Money Max = new(long.MaxValue);
    private static readonly Money Min = new(long.MinValue);

    [Fact]
    public void Money_keeps_the_equality_laws() =>
        ValueLaws.Equality(Rp(174_620_000), new Money(174_620_000), Rp(146_815_000));

    [Fact]
    public void Money_orders_by_amount() =>
        ValueLaws.StrictlyAscending(Min, Rp(-5_000_000), Rp(-1), Money.Zero, Rp(1), Rp(604_585_370), Max);

    [Property(MaxTest = 200)]
    public Property Arbitrary_amounts_form_a_total_order_consistent_with_equality() =>
        Prop.ForAll(Generators.Money.ArrayOf().Resize(24).ToArbitrary(), amounts =>
        {
            ValueLaws.TotalOrder(amounts);
            return true;
        });

    [Fact]
    public void Adding_past_the_largest_amount_throws_instead_of_wrapping() =>
        Assert.Throws<OverflowException>(() => Max + Rp(1));

    [Fact]
    public void Subtracting_past_the_smallest_amount_throws_instead_of_wrapping() =>
        Assert.Throws<OverflowException>(() => Min - Rp(1));

    [Fact]
    public void Negating_the_smallest_amount_throws_instead_of_wrapping() =>
        Assert.Throws<OverflowException>(() => -Min);

    [Fact]
    public void A_sum_that_overflows_throws() =>
        Assert.Throws<OverflowException>(() => Money.Sum([Max, Rp(-1), Rp(2)]));

    [Fact]
    public void Sums_near_the_limits_are_exact()
    {
        Assert.Equal(Max, Money.Sum([Max, Rp(-1), Rp(1)]));
        Assert.Equal(Rp(-1), Max + Min);
        Assert.Equal(Money.Zero, Money.Sum([]));
    }

    [Fact]
    public void Money_prints_as_a_plain_integer()
    {
        Assert.Equal("-5000000", Rp(-5_000_000).ToString());
        Assert.Equal("604585370", Rp(604_585_370).ToString());
    }

    [Fact]
    public void Only_amounts_below_zero_are_negative() =>
        Assert.Equal([true, false, false], new[] { Rp(-1).IsNegative, Money.Zero.IsNegative, Rp(1).IsNegative });
}
