using Ledger.Application.Journal;
using Ledger.Domain.Events;
using Ledger.Domain.Json;
using Ledger.Store;

namespace Ledger.Application.Transfer;

/// <summary>
/// Appends exported events to a store. Every line is read and checked before anything is written, so a
/// bad file changes nothing; events the store already holds (same id) are skipped, so appending the same
/// file twice appends nothing the second time.
/// </summary>
public static class JournalAppend
{
    /// <summary>Lines longer than this are not events: refuse them rather than buffer without bound.</summary>
    public const int MaxLineBytes = 1 << 20;

    public sealed record Outcome(long Read, long Appended, int Streams);

    /// <exception cref="InputException">A line is not an event; nothing was appended.</exception>
    public static async Task<Outcome> AppendAsync(IEventStore store, string path, CancellationToken ct)
    {
        var events = await ReadAsync(path, ct);
        var journal = new LedgerJournal(store);
        var versions = new Dictionary<StreamName, (long Version, HashSet<Guid> Known)>();
        long appended = 0;
        // Consecutive events of one stream go in one append, so the global order of the file is kept and
        // exporting the new store gives the same lines.
        foreach (var run in Runs(events))
        {
            var stream = run[0].Stream;
            if (!versions.TryGetValue(stream, out var state))
                versions[stream] = state = await ReadKnownAsync(store, stream, ct);
            var fresh = run.Select(e => e.Envelope).Where(e => !state.Known.Contains(e.Id)).ToList();
            if (fresh.Count == 0)
                continue;
            var result = await journal.AppendAsync(stream.Unit, stream.FiscalYear, ExpectedVersion.At(state.Version), fresh, ct);
            fresh.ForEach(e => state.Known.Add(e.Id));
            versions[stream] = (result.StreamVersion, state.Known);
            appended += result.Appended;
        }
        return new Outcome(events.Count, appended, versions.Count);
    }

    private static IEnumerable<List<(StreamName Stream, EventEnvelope Envelope)>> Runs(List<(StreamName Stream, EventEnvelope Envelope)> events)
    {
        var run = new List<(StreamName, EventEnvelope)>();
        foreach (var item in events)
        {
            if (run.Count > 0 && (run[0].Item1 != item.Stream || run.Count >= BatchSize))
            {
                yield return run;
                run = [];
            }
            run.Add(item);
        }
        if (run.Count > 0)
            yield return run;
    }

    /// <summary>Events per append: bounds one transaction's size on very large files.</summary>
    public const int BatchSize = 10_000;

    private static async Task<(long Version, HashSet<Guid> Known)> ReadKnownAsync(IEventStore store, StreamName stream, CancellationToken ct)
    {
        var known = new HashSet<Guid>();
        long version = -1;
        await foreach (var stored in store.ReadStreamAsync(stream, 0, ct))
        {
            known.Add(stored.EventId);
            version = stored.StreamVersion;
        }
        return (version, known);
    }

    private static async Task<List<(StreamName Stream, EventEnvelope Envelope)>> ReadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
            throw new InputException($"{path}:0:0 no such file");
        var events = new List<(StreamName, EventEnvelope)>();
        var seen = new HashSet<Guid>();
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, ct))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (line.Length > MaxLineBytes)
                throw new InputException($"{path}:{lineNumber}:1 line is longer than {MaxLineBytes} bytes: not an event");
            EventEnvelope envelope;
            StreamName stream;
            try
            {
                envelope = EventJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(line));
                stream = StreamName.For(envelope.Unit, envelope.FiscalYear);
            }
            catch (Exception e) when (e is EventFormatException or ArgumentException)
            {
                throw new InputException($"{path}:{lineNumber}:1 {e.Message}");
            }
            if (!seen.Add(envelope.Id))
                throw new InputException($"{path}:{lineNumber}:1 event {envelope.Id} appears twice in the file");
            events.Add((stream, envelope));
        }
        return events;
    }
}
