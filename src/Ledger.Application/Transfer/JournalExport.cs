using System.Security.Cryptography;
using System.Text;
using Ledger.Journal;
using Ledger.Store;

namespace Ledger.Application.Transfer;

/// <summary>
/// Writes the journal as JSON Lines: each event's stored bytes, exactly, one per line, in global order, then an
/// <see cref="ExportTrailer"/> with the number of events and the digest of the lines before it.
/// The stored form is canonical, so an export of the same journal is byte-for-byte the same.
/// </summary>
public static class JournalExport
{
    /// <returns>The number of events written (the trailer is not one).</returns>
    public static async Task<long> WriteAsync(IEventStore store, Stream output, string? unit, int? fiscalYear, CancellationToken ct)
    {
        long written = 0;
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
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
            digest.AppendData(stored.Payload.Span);
            digest.AppendData("\n"u8);
            written++;
        }
        await output.WriteAsync(Encoding.UTF8.GetBytes(ExportTrailer.Of(written, digest).Line + "\n"), ct);
        await output.FlushAsync(ct);
        return written;
    }
}
