using Ledger.Domain.Json;
using Ledger.Journal;
using Ledger.Store;

namespace Ledger.Application.Maintenance;

/// <summary>
/// Re-reads the whole journal: the hash chain must hold (no stored byte changed) and every event must
/// read back as an event of a known type, and when the caller kept a head from an earlier run, the journal must
/// still hold exactly that event at that position (so a journal cut short or rewritten with a recomputed chain fails).
/// </summary>
public static class Verify
{
    public static Task<VerifyResult> RunAsync(IEventStore store, IProgress<long>? progress, CancellationToken ct) =>
        RunAsync(store, null, progress, ct);

    public static async Task<VerifyResult> RunAsync(IEventStore store, JournalHead? expectedHead, IProgress<long>? progress, CancellationToken ct)
    {
        var chain = await JournalVerifier.VerifyAsync(store, expectedHead, progress, ct);
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
