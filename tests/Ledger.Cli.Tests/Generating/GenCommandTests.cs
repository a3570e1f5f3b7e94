using Ledger.Cli.Tests.Support;
using Ledger.Generating;

namespace Ledger.Cli.Tests.Generating;

/// <summary><c>ledger gen</c> end to end: through the write runtime into a SQLite file, then read by the other commands.</summary>
public sealed class GenCommandTests : IDisposable
{
    private static readonly string[] Gen = ["gen", "--units", "2", "--years", "1", "--seed", "7"];
    private readonly LedgerProcess _ledger = new();
    private readonly LedgerProcess _other = new();

    public void Dispose()
    {
        _ledger.Dispose();
        _other.Dispose();
    }

    [Fact]
    public void Gen_appends_once_then_nothing_and_the_journal_verifies_and_gives_a_change_table()
    {
        var first = _ledger.Run(Gen).ShouldSucceed();
        var again = _ledger.Run(Gen).ShouldSucceed();

        Assert.Matches(@"^gen: 2 unit-years, [1-9][\d.]* events appended in \d+,\d s \([\d.]+ events/s\)\n$", first.Out);
        Assert.StartsWith("gen: 2 unit-years, 0 events appended in ", again.Out);
        Assert.Contains("hash chain intact", _ledger.Run("verify").ShouldSucceed().Out);
        var unit = UnitProfile.For(7, 1).Name;
        var table = _ledger.Run("table", "perubahan", "--unit", unit, "--year", "2020", "--format", "csv").ShouldSucceed().OutLines;
        Assert.Equal("kode,level,uraian,pagu_sebelum,pagu_setelah,perubahan,indikator,target_sebelum,target_setelah", table[0]);
        Assert.StartsWith("JUMLAH,", table[^1]);
        Assert.True(table.Length > 30, $"{table.Length} rows");
    }

    [Fact]
    public void The_same_arguments_give_the_same_events_byte_for_byte_whatever_the_clock()
    {
        _ledger.Run(Gen).ShouldSucceed();
        _other.RunAt("2031-01-01T00:00:00Z", Gen).ShouldSucceed();

        var events = Sorted(_ledger.Export());
        Assert.NotEmpty(events);
        Assert.Equal(events, Sorted(_other.Export()));
        Assert.All(events, line => Assert.Contains("\"actor\":\"ledger gen\"", line));
    }

    [Theory]
    [InlineData("--units", "0")]
    [InlineData("--units", "2", "--years", "0")]
    [InlineData("--units", "2", "--years", "21")]
    [InlineData("--units", "2", "--parallel", "0")]
    [InlineData("--years", "2")]
    [InlineData("--units", "many")]
    public void Bad_options_are_a_usage_error_that_writes_nothing(params string[] options)
    {
        var run = _ledger.Run(["gen", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Empty(_ledger.ExportedEvents());
    }

    /// <summary>Export lines in a fixed order: with several streams written at once, streams interleave differently.</summary>
    // Without the export's trailer: its digest follows the global order, which parallel runs interleave differently.
    private static List<string> Sorted(string export) =>
        [.. export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !LedgerProcess.IsExportTrailer(l)).Order(StringComparer.Ordinal)];
}
