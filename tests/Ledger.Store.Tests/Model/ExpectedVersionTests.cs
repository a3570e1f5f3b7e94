namespace Ledger.Store.Tests;

public sealed class ExpectedVersionTests
{
    [Fact]
    public void The_sentinels_have_their_documented_values()
    {
        Assert.Equal(-1, ExpectedVersion.NoStream.Value);
        Assert.Equal(-2, ExpectedVersion.Any.Value);
        Assert.Equal(ExpectedVersion.NoStream, ExpectedVersion.At(-1));
        Assert.Equal(ExpectedVersion.Exactly(4), ExpectedVersion.At(4));
        Assert.Equal(["NoStream", "Any", "4"], new[] { ExpectedVersion.NoStream, ExpectedVersion.Any, ExpectedVersion.Exactly(4) }.Select(v => v.ToString()));
    }

    [Theory]
    [InlineData(-1L, -1L, true)]
    [InlineData(-1L, 0L, false)]
    [InlineData(3L, 3L, true)]
    [InlineData(3L, 2L, false)]
    public void An_exact_expectation_is_satisfied_only_by_that_version(long expected, long actual, bool satisfied) =>
        Assert.Equal(satisfied, ExpectedVersion.At(expected).IsSatisfiedBy(actual));

    [Fact]
    public void Any_is_satisfied_by_every_version() =>
        Assert.All(new long[] { -1, 0, 99 }, v => Assert.True(ExpectedVersion.Any.IsSatisfiedBy(v)));

    [Fact]
    public void Negative_exact_versions_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedVersion.Exactly(-1));
}
