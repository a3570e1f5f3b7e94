using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Tests.Support;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Values;

public sealed class KodeTests
{
    [Fact]
    public void Kode_keeps_the_equality_laws() =>
        ValueLaws.Equality(K("7.01.01.2.01.0001"), K("7.01.01.2.01. 0001"), K("7.01.01.2.01.0002"));

    [Fact]
    public void Codes_order_segment_by_segment_numerically_with_a_parent_before_its_children() =>
        ValueLaws.StrictlyAscending(
            K("0.00.4.36.08.01"),
            K("0.00.4.36.08.01.02"),
            K("0.00.4.36.08.01.10"),
            K("0.00.4.36.08.02"),
            K("4.36.4.36.08.69"),
            K("7.01.01"),
            K("7.01.01.2.01"),
            K("7.01.01.2.01.0001"),
            K("7.01.01.2.01.0007"),
            K("7.01.01.2.02"),
            K("7.01.02"));

    [Fact]
    public void A_two_digit_segment_sorts_after_a_one_digit_one_numerically_not_as_text() =>
        Assert.True(K("0.00.4.36.08.01.9") < K("0.00.4.36.08.01.10"));

    [Fact]
    public void Codes_differing_only_in_leading_zeros_are_different_but_ordered_next_to_each_other()
    {
        ValueLaws.StrictlyAscending(K("7.1"), K("7.01"), K("7.001"), K("7.2"));
        Assert.NotEqual(K("7.1"), K("7.01"));
    }

    [Fact]
    public void A_wrapped_code_parses_without_its_spaces() =>
        Assert.Equal("7.01.01.2.01.0001", K("7.01.01.2.01. 0001").Value);

    [Fact]
    public void Non_breaking_spaces_and_line_breaks_from_cell_wrapping_are_ignored() =>
        Assert.Equal(K("0.00.4.36.08.04.03"), K("0.00.4.36.\u00a008.04\n.03"));

    [Fact]
    public void The_cross_urusan_X_segment_is_kept_upper_case() =>
        Assert.Equal("X.XX.01", K("x.xx.01").Value);

    [Theory]
    [InlineData("", "kode is empty")]
    [InlineData("   ", "kode is empty")]
    [InlineData("7..01", "kode '7..01' has an empty segment")]
    [InlineData("7.01.", "kode '7.01.' has an empty segment")]
    [InlineData("7.01a", "kode '7.01a' has a segment '01a' that is not a number")]
    [InlineData("JUMLAH", "kode 'JUMLAH' has a segment 'JUMLAH' that is not a number")]
    public void Text_that_is_not_a_code_is_refused_with_the_problem(string text, string problem)
    {
        Assert.False(Kode.TryParse(text, out _, out var actual));
        Assert.Equal(problem, actual);
        Assert.Equal(problem, Assert.Throws<FormatException>(() => Kode.Parse(text)).Message);
    }

    [Fact]
    public void A_segment_mixing_digits_and_X_is_refused() =>
        Assert.False(Kode.TryParse("7.0X1.01", out _, out _));

    [Fact]
    public void A_code_is_the_ancestor_of_its_descendants_only_at_dot_boundaries()
    {
        Assert.True(K("7.01").IsAncestorOf(K("7.01.01")));
        Assert.True(K("7.01").IsAncestorOf(K("7.01.01.2.01.0001")));
        Assert.False(K("7.01.0").IsAncestorOf(K("7.01.01")));
        Assert.False(K("7.01.01").IsAncestorOf(K("7.01.01")));
        Assert.False(K("7.01.01.2").IsAncestorOf(K("7.01.01")));
        Assert.False(K("7.01.01").IsAncestorOf(K("7.01.010")));
    }

    [Fact]
    public void SegmentCount_counts_the_dotted_parts() =>
        Assert.Equal([6, 7, 3, 0], new[] { K("7.01.01.2.01.0001").SegmentCount, K("0.00.4.36.08.04.03").SegmentCount, K("7.01.01").SegmentCount, default(Kode).SegmentCount });

    [Property(MaxTest = 200)]
    public Property Arbitrary_codes_form_a_total_order_consistent_with_equality() =>
        Prop.ForAll(Generators.Kodes.ArrayOf().Resize(24).ToArbitrary(), codes =>
        {
            ValueLaws.TotalOrder(codes);
            return true;
        });

    [Property(MaxTest = 200)]
    public Property A_code_is_the_ancestor_exactly_of_the_codes_that_extend_it_by_whole_segments() =>
        Prop.ForAll(Generators.Kodes.ToArbitrary(), Generators.Kodes.ToArbitrary(), (a, b) =>
        {
            var extended = K(a.Value + "." + b.Value);
            return a.IsAncestorOf(extended)
                && !extended.IsAncestorOf(a)
                && !a.IsAncestorOf(a)
                && a < extended
                && a.IsAncestorOf(b) == (b.Value.StartsWith(a.Value + ".", StringComparison.Ordinal));
        });
}
