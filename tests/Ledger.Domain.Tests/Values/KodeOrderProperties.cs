using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Tests.Support;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Values;

/// <summary>The allocation-free parse and order of codes agree with their plain definitions.</summary>
public sealed class KodeOrderProperties
{
    [Property(MaxTest = 500)]
    public Property Codes_order_as_their_segments_compared_as_numbers_then_by_written_length() =>
        Prop.ForAll(Generators.Kodes.ToArbitrary(), Generators.Kodes.ToArbitrary(), (a, b) =>
            (Math.Sign(a.CompareTo(b)) == Reference(a.Value, b.Value)).Label($"{a} vs {b}"));

    [Property(MaxTest = 500)]
    public Property A_printed_code_parses_to_its_compact_upper_case_form_whatever_path_it_takes() =>
        Prop.ForAll(Generators.WrappedKodes.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (wrapped, lower) =>
        {
            var printed = lower ? wrapped.Printed.ToLowerInvariant() : wrapped.Printed;
            var compact = string.Concat(printed.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
            return (Kode.Parse(printed).Value == compact && Kode.Parse(printed) == wrapped.Kode).Label(printed);
        });

    [Theory]
    [InlineData("7.01.X1")]
    [InlineData("7..01")]
    [InlineData(".7")]
    [InlineData("7.")]
    [InlineData("7.0a")]
    public void Codes_that_look_canonical_but_are_not_are_still_refused(string text) =>
        Assert.False(Kode.TryParse(text, out _, out _));

    /// <summary>The order as first written: split, trim leading zeros, longer number is larger, then digits, then written length.</summary>
    private static int Reference(string a, string b)
    {
        var x = a.Split('.');
        var y = b.Split('.');
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var (p, q) = (x[i].TrimStart('0'), y[i].TrimStart('0'));
            var order = p.Length != q.Length ? p.Length.CompareTo(q.Length)
                : string.CompareOrdinal(p, q) != 0 ? string.CompareOrdinal(p, q)
                : x[i].Length.CompareTo(y[i].Length);
            if (order != 0)
                return Math.Sign(order);
        }
        return Math.Sign(x.Length.CompareTo(y.Length));
    }
}
