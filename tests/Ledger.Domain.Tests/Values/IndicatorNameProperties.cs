using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Values;

/// <summary>Indicator names match by their key (spacing collapsed, case folded); the fast paths agree with that definition.</summary>
public sealed class IndicatorNameProperties
{
    private static readonly Gen<string> Names =
        Gen.Elements('a', 'B', 'c', 'D', ' ', ' ', '\t', '\u00a0', '\n', 'É', 'é', '%', 'İ', 'ı')
            .ArrayOf().Resize(12).Select(chars => new string(chars));

    /// <summary>Pairs that often match: the same words with other spacing and case.</summary>
    private static readonly Gen<(string, string)> Pairs = Gen.Frequency(
        (1, Names.Two().Select(p => (p.Item1, p.Item2))),
        (2, from name in Names
            from upper in Gen.Elements(true, false)
            from pad in Gen.Elements("", " ", "  ", "\t")
            select (name, pad + (upper ? name.ToUpperInvariant() : name.ToLowerInvariant()).Replace(" ", " " + pad) + pad)));

    private static string SlowKey(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    [Property(MaxTest = 1000)]
    public Property Two_names_are_the_same_exactly_when_their_keys_are_equal() =>
        Prop.ForAll(Pairs.ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var same = SlowKey(a) == SlowKey(b);
            return (IndicatorName.SameAs(a, b) == same && IndicatorName.SameAs(b, a) == same)
                .Classify(same, "same").Label($"'{a}' vs '{b}'");
        });

    [Property(MaxTest = 1000)]
    public Property The_key_is_the_collapsed_lower_case_name() =>
        Prop.ForAll(Names.ToArbitrary(), name =>
            (IndicatorName.Key(name) == SlowKey(name) && IndicatorName.Key(IndicatorName.Key(name)) == IndicatorName.Key(name)).Label(name));
}
