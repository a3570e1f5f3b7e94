using System.Globalization;
using System.Text;
using Ledger.Application.Journal;
using Ledger.Domain.Events;
using Ledger.Domain.Json;
using Ledger.Store;

namespace Ledger.Application.Transfer;

/// <summary>
/// Appends exported events to a store. Every line is read and checked, against the file and against the
/// whole journal, before anything is written, so a bad file changes nothing; events the store already holds
/// (same id, same stream) are skipped, so appending the same file twice appends nothing the second time.
/// </summary>
public static class JournalAppend
{
    /// <summary>Lines longer than this are not events: refuse them rather than buffer without bound.</summary>
    public const int MaxLineBytes = 1 << 20;

    public sealed record Outcome(long Read, long Appended, int Streams);

    private sealed record Line(int Number, StreamName Stream, EventData Data);

    /// <exception cref="InputException">A line is not an event, or not one this journal can take; nothing was appended.</exception>
    public static async Task<Outcome> AppendAsync(IEventStore store, string path, CancellationToken ct)
    {
        var events = await ReadAsync(path, ct);
        var (versions, known) = await CheckAgainstJournalAsync(store, path, events, ct);
        long appended = 0;
        // Consecutive events of one stream go in one append, so the global order of the file is kept and
        // exporting the new store gives the same lines.
        foreach (var run in Runs(events.Where(e => !known.Contains(e.Data.EventId))))
        {
            var stream = run[0].Stream;
            var version = versions.GetValueOrDefault(stream, -1);
            var result = await store.AppendAsync(stream, ExpectedVersion.At(version), run.Select(e => e.Data).ToList(), ct);
            versions[stream] = result.StreamVersion;
            appended += result.Appended;
        }
        return new Outcome(events.Count, appended, events.Select(e => e.Stream).Distinct().Count());
    }

    private static IEnumerable<List<Line>> Runs(IEnumerable<Line> events)
    {
        var run = new List<Line>();
        long bytes = 0;
        foreach (var item in events)
        {
            // A run is one transaction: it must stay within what a store takes in one append.
            if (run.Count > 0 && (run[0].Stream != item.Stream || run.Count >= BatchSize
                || bytes + item.Data.Payload.Length > StoreLimits.MaxBatchPayloadBytes))
            {
                yield return run;
                run = [];
                bytes = 0;
            }
            run.Add(item);
            bytes += item.Data.Payload.Length;
        }
        if (run.Count > 0)
            yield return run;
    }

    /// <summary>Events per append: bounds one transaction's size on very large files.</summary>
    public const int BatchSize = 10_000;

    /// <summary>
    /// The version of each stream of the file and the file's events the journal already holds. One pass over
    /// the whole journal: an id held in another stream would make the store refuse a later append after
    /// earlier ones were written, so it is refused here, before any.
    /// </summary>
    private static async Task<(Dictionary<StreamName, long> Versions, HashSet<Guid> Known)> CheckAgainstJournalAsync(
        IEventStore store, string path, List<Line> events, CancellationToken ct)
    {
        var byId = events.ToDictionary(e => e.Data.EventId);
        var versions = events.Select(e => e.Stream).Distinct().ToDictionary(s => s, _ => -1L);
        var known = new HashSet<Guid>();
        await foreach (var stored in store.ReadAllAsync(GlobalPosition.Start, ct))
        {
            if (versions.ContainsKey(stored.Stream))
                versions[stored.Stream] = stored.StreamVersion;
            if (!byId.TryGetValue(stored.EventId, out var line))
                continue;
            if (stored.Stream != line.Stream)
            {
                throw Refuse(path, line.Number,
                    $"event {stored.EventId} is already in the journal in stream '{stored.Stream}', not '{line.Stream}'");
            }
            known.Add(stored.EventId);
        }
        return (versions, known);
    }

    private static async Task<List<Line>> ReadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
            throw new InputException($"{path}:0:0 no such file");
        var events = new List<Line>();
        var seen = new HashSet<Guid>();
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, ct))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (line.Length > MaxLineBytes)
                throw Refuse(path, lineNumber, $"line is longer than {MaxLineBytes} bytes: not an event");
            EventEnvelope envelope;
            try
            {
                envelope = EventJson.Deserialize(Encoding.UTF8.GetBytes(line));
            }
            catch (Exception e) when (e is EventFormatException or ArgumentException)
            {
                throw Refuse(path, lineNumber, e.Message);
            }
            if (envelope.FiscalYear is < StreamName.MinFiscalYear or > StreamName.MaxFiscalYear)
                throw Refuse(path, lineNumber, $"year {envelope.FiscalYear} is outside {StreamName.MinFiscalYear}..{StreamName.MaxFiscalYear}");
            StreamName stream;
            try
            {
                stream = StreamName.For(envelope.Unit, envelope.FiscalYear);
            }
            catch (ArgumentException e)
            {
                throw Refuse(path, lineNumber, e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal));
            }
            var data = LedgerJournal.Encode(envelope);
            // What the store would refuse mid-way, after other lines were appended, is refused here.
            if (data.EventId == Guid.Empty)
                throw Refuse(path, lineNumber, "event id is all zeros: not an id the ledger gives");
            if (data.Payload.Length > StoreLimits.MaxPayloadBytes)
                throw Refuse(path, lineNumber, $"event is {data.Payload.Length} bytes stored; the journal takes at most {StoreLimits.MaxPayloadBytes}");
            if (!seen.Add(data.EventId))
                throw Refuse(path, lineNumber, $"event {data.EventId} appears twice in the file");
            events.Add(new Line(lineNumber, stream, data));
        }
        return events;
    }

    // One line, as the CLI prints it: a unit or kode quoted into a message may carry line breaks or other
    // control characters; they are shown escaped, as the JSON of the file writes them.
    private static InputException Refuse(string path, int line, string message)
    {
        var text = new StringBuilder(message.Length);
        foreach (var c in message)
        {
            if (c is '\n')
                text.Append("\\n");
            else if (c is '\r')
                text.Append("\\r");
            else if (c is '\t')
                text.Append("\\t");
            else if (char.IsControl(c) || c is '\u2028' or '\u2029')
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else
                text.Append(c);
        }
        return new InputException($"{path}:{line}:1 {text}");
    }
}
