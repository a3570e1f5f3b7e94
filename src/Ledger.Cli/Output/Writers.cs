using Ledger.Application.Stores;
using Ledger.Runtime.Hosting;

namespace Ledger.Cli;

/// <summary>
/// Every CLI write goes through the persistent actor of its unit-year (the write runtime), as the HTTP API's
/// do; reads open the store directly.
/// </summary>
public static class Writers
{
    /// <param name="idleTimeout">How long a stream's actor stays after its last command; null for the runtime's default.</param>
    public static RuntimeBudgetWriter ForStore(string? storeOption, TimeSpan? idleTimeout = null)
    {
        var options = RuntimeOptions.ForUri(EventStores.Resolve(storeOption)) with { LogLevel = "ERROR" };
        return new(idleTimeout is { } idle ? options with { IdleTimeout = idle } : options);
    }
}
