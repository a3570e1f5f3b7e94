namespace Ledger.Runtime.Tests.Support;

/// <summary>One-line equality checks that read left to right.</summary>
public static class Should
{
    public static void ShouldBe<T>(this T actual, T expected) => Assert.Equal(expected, actual);
}
