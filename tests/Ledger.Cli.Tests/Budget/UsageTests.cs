using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Budget;

/// <summary>Usage mistakes are refused before any store is opened, so these run once, not on each store.</summary>
public sealed class UsageTests : IDisposable
{
    private readonly LedgerProcess _ledger = new();

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public void Usage_mistakes_exit_2()
    {
        Assert.Equal(2, _ledger.Run("table", "perubahan", "--unit", Mangkutana.Unit).ExitCode);
        Assert.Equal(2, _ledger.Run("table", "perubahan", "--unit", Mangkutana.Unit, "--year", "2020", "--as-of", "30-06-2020").ExitCode);
        Assert.Equal(2, _ledger.Run("no-such-command").ExitCode);
    }
}
