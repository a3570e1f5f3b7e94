using Ledger.Application.Journal;
using Ledger.Domain.Json;
using Ledger.Store;

namespace Ledger.Application.Maintenance;

/// <summary>
/// Re-reads the whole journal: the hash chain must hold (no stored byte changed) and every event must
/// read back as an event of a known type.
/// </summary>
public static class Verify
{
    public static async Task<VerifyResult> RunAsync(IEventStore store, IProgress<long>? progress, CancellationToken ct)
    {
        var chain = await JournalVerifier.VerifyAsync(store, progress, ct);
        if (!chain.IsIntact)
            return chain;
        await foreach (var stored in store.ReadAllAsync(GlobalPosition.Start, ct))
        {
            try
            {
                LedgerJournal.Decode(stored);
            }
            catch (EventFormatException e)
            {
                return new VerifyResult(chain.EventsChecked, stored.Position, e.Message);
            }
        }
        return chain;
    }
}
