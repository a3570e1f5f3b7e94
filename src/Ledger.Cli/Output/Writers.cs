using Ledger.Application.Stores;
using Ledger.Runtime.Hosting;

namespace Ledger.Cli;

/// <summary>
/// Every CLI write goes through the persistent actor of its unit-year (the write runtime), as the HTTP API's
/// do; reads open the store directly.
/// </summary>
public static class Writers
{
    public static RuntimeBudgetWriter ForStore(string? storeOption) =>
        new(RuntimeOptions.ForUri(EventStores.Resolve(storeOption)) with { LogLevel = "ERROR" });
}
