using Ledger.Runtime.Hosting;

namespace Ledger.Composition;

/// <summary>
/// Every CLI write goes through the persistent actor of its unit-year (the write runtime), as the HTTP API's
/// do; reads open the store directly.
/// </summary>
public static class Writers
{
    /// <param name="idleTimeout">How long a stream's actor stays after its last command; null for the runtime's default.</param>
    /// <param name="clock">The clock a stream's actor stamps each command with as it decides it (the ledger's clock,
    /// <c>LEDGER_NOW</c> included); null keeps the commands' own instants (generated data).</param>
    public static RuntimeBudgetWriter ForStore(string? storeOption, TimeSpan? idleTimeout = null, NodaTime.IClock? clock = null)
    {
        var options = RuntimeOptions.ForUri(EventStores.Resolve(storeOption), EventStores.OpenAsync) with { LogLevel = "ERROR", Clock = clock };
        return new(idleTimeout is { } idle ? options with { IdleTimeout = idle } : options);
    }
}
