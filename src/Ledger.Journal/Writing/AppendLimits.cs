using System.Globalization;
using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Journal;
using Ledger.Store;

namespace Ledger.Journal.Writing;

/// <summary>
/// Refuses a decision whose events one append can't hold (<see cref="StoreLimits"/>), as a rejection the user reads,
/// before anything is written: an import is one append, all or nothing, so a sheet that makes more events than that
/// has to be split. Stateless; thread-safe.
/// </summary>
public static class AppendLimits
{
    // Up to this many events even the largest payloads fit the batch limit, so their bytes are not counted.
    private const long CountedFrom = StoreLimits.MaxBatchPayloadBytes / StoreLimits.MaxPayloadBytes;

    /// <summary>Null when one append holds <paramref name="events"/>; otherwise why not, and what to do.</summary>
    public static Rejection? Check(IReadOnlyList<EventEnvelope> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count > StoreLimits.MaxEventsPerAppend)
        {
            return new Rejection(
                $"this would append {Grouped(events.Count)} events, more than one append holds " +
                $"({Grouped(StoreLimits.MaxEventsPerAppend)}; an import is all or nothing): split the sheet into smaller sheets");
        }
        if (events.Count <= CountedFrom)
            return null;
        long bytes = 0;
        foreach (var envelope in events)
        {
            var size = LedgerJournal.Encode(envelope).Payload.Length;
            if (size > StoreLimits.MaxPayloadBytes)
                return new Rejection($"one event would take {Grouped(size)} bytes, more than the {Grouped(StoreLimits.MaxPayloadBytes)} an event may: shorten its cells");
            bytes += size;
        }
        return bytes > StoreLimits.MaxBatchPayloadBytes
            ? new Rejection(
                $"this would append {Grouped(bytes)} bytes of events, more than one append holds " +
                $"({Grouped(StoreLimits.MaxBatchPayloadBytes)}; an import is all or nothing): split the sheet into smaller sheets")
            : null;
    }

    // As Ledger.Sheets' Indonesian.Number writes it (1.234.567), which this layer may not reference.
    private static string Grouped(long value) =>
        value.ToString("#,##0", CultureInfo.InvariantCulture).Replace(',', '.');
}
