using Ledger.Application.Journal;
using Ledger.Store;

namespace Ledger.Application.Transfer;

/// <summary>
/// Writes the journal as JSON Lines: each event's stored bytes, exactly, one per line, in global order.
/// The stored form is canonical, so an export of the same journal is byte-for-byte the same.
/// </summary>
public static class JournalExport
{
    public static async Task<long> WriteAsync(IEventStore store, Stream output, string? unit, int? fiscalYear, CancellationToken ct)
    {
        long written = 0;
        await foreach (var stored in store.ReadAllAsync(GlobalPosition.Start, ct))
        {
            if (unit is not null && !string.Equals(stored.Stream.Unit, unit.Trim(), StringComparison.Ordinal))
                continue;
            if (fiscalYear is { } year && stored.Stream.FiscalYear != year)
                continue;
            // Decoding checks that what leaves the ledger is an event it can read back.
            LedgerJournal.Decode(stored);
            await output.WriteAsync(stored.Payload, ct);
            output.WriteByte((byte)'\n');
            written++;
        }
        await output.FlushAsync(ct);
        return written;
    }
}
