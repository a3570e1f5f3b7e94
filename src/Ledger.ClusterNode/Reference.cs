using Ledger.Application;
using Ledger.Application.Importing;
using Ledger.Composition;
using Ledger.Journal;

namespace Ledger.ClusterNode;

/// <summary>The single-process reference: the same imports, one after another, straight through Ledger.Application.</summary>
public static class Reference
{
    public static async Task<int> RunAsync(string storeUri, int units, string samples)
    {
        await using var store = await EventStores.OpenAsync(storeUri, CancellationToken.None);
        var import = new BudgetImport(new LedgerJournal(store), LedgerClock.FromEnvironment());
        long appended = 0;
        foreach (var items in Plan.Build(units, samples))
        {
            foreach (var item in items)
            {
                var outcome = await import.RunAsync(item.ToRequest("cluster-demo"), null, CancellationToken.None);
                appended += outcome.AcceptedOrThrow().Appended;
            }
        }
        Console.WriteLine($"events_appended={appended}");
        return 0;
    }
}
