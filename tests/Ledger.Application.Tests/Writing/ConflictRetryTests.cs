using System.Diagnostics;
using Ledger.Journal.Writing;

namespace Ledger.Application.Tests.Writing;

/// <summary>
/// Issue 11, finding 15: contention is queueing, not failure. A writer keeps its turn while other writers get through
/// (the stream moves), and gives up only when the stream stands still for a whole budget, or at the ceiling.
/// </summary>
public sealed class ConflictRetryTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Given_a_stream_that_keeps_moving_when_the_wait_outlasts_the_budget_then_the_writer_still_waits_its_turn()
    {
        var retry = new ConflictRetry(Budget);
        var clock = Stopwatch.StartNew();
        var version = 100L;

        while (clock.Elapsed < Budget * 2)
            Assert.True(await retry.WaitAsync(version++, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Given_a_stream_that_stands_still_when_the_budget_runs_out_then_the_writer_gives_up()
    {
        var retry = new ConflictRetry(Budget);
        var clock = Stopwatch.StartNew();

        while (await retry.WaitAsync(100, TestContext.Current.CancellationToken))
            Assert.True(clock.Elapsed < Budget * 2, "waited past the budget on a stream that did not move");

        Assert.True(clock.Elapsed <= Budget + TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task Given_a_stream_that_keeps_moving_when_the_ceiling_is_reached_then_the_writer_gives_up()
    {
        var retry = new ConflictRetry(TimeSpan.FromMilliseconds(30));
        var clock = Stopwatch.StartNew();
        var version = 0L;

        while (await retry.WaitAsync(version++, TestContext.Current.CancellationToken))
            Assert.True(clock.Elapsed < retry.Ceiling * 3, "waited far past the ceiling");

        Assert.True(clock.Elapsed >= retry.Ceiling - TimeSpan.FromMilliseconds(30));
    }
}
