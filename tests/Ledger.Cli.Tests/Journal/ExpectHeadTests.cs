using System.Text.RegularExpressions;
using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Journal;

/// <summary>
/// Contract §11: <c>ledger verify</c> ends with <c>head POSITION HASH</c>, and <c>--expect-head POSITION:HASH</c>
/// finds a journal cut short or rewritten with a recomputed chain, which its own chain can't show.
/// </summary>
public abstract partial class ExpectHeadTests : IDisposable
{
    private readonly LedgerProcess _ledger;

    protected ExpectHeadTests(StoreKind store) => _ledger = new LedgerProcess(store);

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public void Given_an_intact_journal_when_verified_then_the_last_line_is_its_head_and_that_head_is_found_again()
    {
        Mangkutana.ImportBoth(_ledger);

        var run = _ledger.Run("verify").ShouldSucceed();
        var head = Head(run);

        Assert.Equal("224", head.Split(':')[0]);
        var again = _ledger.Run("verify", "--expect-head", head).ShouldSucceed();
        Assert.Equal(head, Head(again));
    }

    [Fact]
    public void Given_a_recorded_head_when_later_events_are_appended_then_the_head_is_still_held()
    {
        Mangkutana.ImportMurni(_ledger);
        var head = Head(_ledger.Run("verify").ShouldSucceed());

        Mangkutana.ImportPerubahan(_ledger);

        _ledger.Run("verify", "--expect-head", head).ShouldSucceed();
    }

    [Fact]
    public void Given_a_recorded_head_when_the_journal_is_cut_short_then_verify_fails_though_its_chain_is_intact()
    {
        Mangkutana.ImportBoth(_ledger);
        var head = Head(_ledger.Run("verify").ShouldSucceed());

        Tampering.CutAfter(_ledger, 172);

        _ledger.Run("verify").ShouldSucceed();
        var run = _ledger.Run("verify", "--expect-head", head);
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("position 224", error);
        Assert.Contains("cut short", error);
    }

    [Fact]
    public void Given_a_recorded_head_when_the_journal_is_rewritten_with_a_recomputed_chain_then_verify_fails()
    {
        Mangkutana.ImportMurni(_ledger);
        var head = Head(_ledger.Run("verify").ShouldSucceed());

        // The same sheet written again by the ledger itself, a day later: same positions, a new and intact chain.
        Tampering.EmptyJournal(_ledger);
        _ledger.RunAt("2020-01-03T09:00:00Z", "import", "budget", Repo.Sample("mangkutana-2020-murni.csv"),
            "--unit", Mangkutana.Unit, "--year", Mangkutana.Year, "--stage", "murni", "--effective", "2019-12-31").ShouldSucceed();

        var rewritten = Head(_ledger.Run("verify").ShouldSucceed());
        Assert.Equal(head.Split(':')[0], rewritten.Split(':')[0]);
        var run = _ledger.Run("verify", "--expect-head", head);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"position {head.Split(':')[0]}", run.Error);
        Assert.Contains("rewritten", run.Error);
    }

    [Theory]
    [InlineData("224")]
    [InlineData("224:abc")]
    [InlineData("x:0000000000000000000000000000000000000000000000000000000000000000")]
    public void A_malformed_expected_head_is_a_usage_error(string head)
    {
        var run = _ledger.Run("verify", "--expect-head", head);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: --expect-head '{head}': ", run.Error);
    }

    /// <summary>The head line's position and hash, as --expect-head takes them.</summary>
    private static string Head(LedgerRun run)
    {
        var match = HeadLine().Match(run.OutLines[^1]);
        Assert.True(match.Success, $"the last line is not a head line:\n{run.Out}");
        return $"{match.Groups[1].Value}:{match.Groups[2].Value}";
    }

    [GeneratedRegex("^head ([0-9]+) ([0-9a-f]{64})$")]
    private static partial Regex HeadLine();

    public sealed class OnSqlite() : ExpectHeadTests(StoreKind.Sqlite);

    public sealed class OnPostgres() : ExpectHeadTests(StoreKind.Postgres);
}
