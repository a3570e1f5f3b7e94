using System.Collections.Concurrent;
using System.Reflection;

namespace Ledger.Domain.Tests.Support;

/// <summary>
/// The laws every value type must keep, checked once here for any type (after NodaTime's TestHelper):
/// equality is reflexive, symmetric and agrees with <c>==</c>, <c>!=</c> and the hash code; ordering is
/// antisymmetric, transitive, consistent with equality and with the comparison operators where they exist.
/// </summary>
public static class ValueLaws
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), MethodInfo?> Operators = new();

    /// <summary><paramref name="value"/> and <paramref name="equal"/> are equal (but separately built); <paramref name="other"/> differs.</summary>
    public static void Equality<T>(T value, T equal, T other)
        where T : IEquatable<T>
    {
        That(value.Equals(value), () => $"{value} is not equal to itself");
        That(value.Equals(equal) && equal.Equals(value), () => $"{value} and {equal} are not equal both ways");
        That(value.Equals((object?)equal), () => $"{value}.Equals(object {equal}) is false");
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        That(!(value.Equals(other) || other.Equals(value)), () => $"{value} and {other} are equal");
        That(!(value.Equals((object?)other)), () => $"{value}.Equals(object {other}) is true");
        That(!(value.Equals(null)), () => $"{value} equals null");
        That(Operator<T, bool>("op_Equality", value, equal) ?? true, () => $"{value} == {equal} is false");
        That(!(Operator<T, bool>("op_Equality", value, other) ?? false), () => $"{value} == {other} is true");
        That(!(Operator<T, bool>("op_Inequality", value, equal) ?? false), () => $"{value} != {equal} is true");
        That(Operator<T, bool>("op_Inequality", value, other) ?? true, () => $"{value} != {other} is false");
    }

    /// <summary>The values, given in strictly ascending order, compare accordingly pair by pair and triple by triple.</summary>
    public static void StrictlyAscending<T>(params T[] ascending)
        where T : IComparable<T>, IEquatable<T>
    {
        for (var i = 0; i < ascending.Length; i++)
        {
            for (var j = 0; j < ascending.Length; j++)
                Pair(ascending[i], ascending[j], i.CompareTo(j));
        }
        Transitive(ascending);
    }

    /// <summary>For arbitrary values (a property test's sample): the comparison is a total order consistent with equality.</summary>
    public static void TotalOrder<T>(IReadOnlyList<T> values)
        where T : IComparable<T>, IEquatable<T>
    {
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                var ab = Math.Sign(a.CompareTo(b));
                That(ab == -Math.Sign(b.CompareTo(a)), () => $"not antisymmetric: {a} vs {b}");
                That((ab == 0) == a.Equals(b), () => $"CompareTo and Equals disagree on {a} vs {b}");
                if (ab == 0)
                    That(a.GetHashCode() == b.GetHashCode(), () => $"{a} and {b} compare equal but hash differently");
                Pair(a, b, ab);
            }
        }
        Transitive(values);
    }

    private static void Pair<T>(T a, T b, int expectedSign)
        where T : IComparable<T>, IEquatable<T>
    {
        var sign = Math.Sign(a.CompareTo(b));
        That(sign == expectedSign, () => $"{a}.CompareTo({b}) has sign {sign}, expected {expectedSign}");
        That(Math.Sign(b.CompareTo(a)) == -expectedSign, () => $"not antisymmetric: {b}.CompareTo({a})");
        That(a.Equals(b) == (expectedSign == 0), () => $"{a}.Equals({b}) disagrees with CompareTo");
        Check("op_LessThan", a, b, expectedSign < 0);
        Check("op_LessThanOrEqual", a, b, expectedSign <= 0);
        Check("op_GreaterThan", a, b, expectedSign > 0);
        Check("op_GreaterThanOrEqual", a, b, expectedSign >= 0);
    }

    private static void Transitive<T>(IReadOnlyList<T> values)
        where T : IComparable<T>
    {
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                foreach (var c in values)
                {
                    if (a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0)
                        That(a.CompareTo(c) <= 0, () => $"not transitive: {a} <= {b} <= {c} but {a} > {c}");
                }
            }
        }
    }

    private static void That(bool condition, Func<string> message)
    {
        if (!condition)
            Assert.Fail(message());
    }

    private static void Check<T>(string name, T? a, T? b, bool expected)
    {
        if (Operator<T, bool>(name, a, b) is { } actual)
            That(actual == expected, () => $"{name}({a}, {b}) is {actual}, expected {expected}");
    }

    private static TResult? Operator<T, TResult>(string name, T? a, T? b)
        where TResult : struct
    {
        var method = Operators.GetOrAdd((typeof(T), name), key =>
            key.Type.GetMethod(key.Name, BindingFlags.Public | BindingFlags.Static, [key.Type, key.Type]));
        return method is null ? null : (TResult)method.Invoke(null, [a, b])!;
    }
}
