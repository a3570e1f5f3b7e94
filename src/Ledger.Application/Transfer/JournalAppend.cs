using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Json;
using Ledger.Journal;
using Ledger.Store;

namespace Ledger.Application.Transfer;

/// <summary>
/// Appends exported events to a store, checked as the ledger's own writes are: every line is read, and each
/// stream's new events are folded after what the journal holds and admitted one by one
/// (<see cref="StreamAdmission"/>: in order, without gaps, each one the decider could have written there), before
/// anything is written, so a bad file changes nothing. An export's trailer must match the lines before it.
/// Events the store already holds with the same bytes in the same stream are skipped, so appending the same file
/// twice appends nothing the second time; an id held with other content, or at another place, is a conflict.
/// </summary>
public static class JournalAppend
{
    /// <summary>Lines longer than this are not events: refuse them rather than buffer without bound.</summary>
    public const int MaxLineBytes = 1 << 20;

    public sealed record Outcome(long Read, long Appended, int Streams);

    private sealed record Line(int Number, StreamName Stream, EventEnvelope Envelope, EventData Data);

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
    /// the whole journal folds the streams the file adds to; then the file's lines are checked in file order, so
    /// the first bad line is the one named. An id held in another stream would make the store refuse a later
    /// append after earlier ones were written, so it is refused here, before any.
    /// </summary>
    private static async Task<(Dictionary<StreamName, long> Versions, HashSet<Guid> Known)> CheckAgainstJournalAsync(
        IEventStore store, string path, List<Line> events, CancellationToken ct)
    {
        var byId = events.ToDictionary(e => e.Data.EventId);
        var versions = events.Select(e => e.Stream).Distinct().ToDictionary(s => s, _ => -1L);
        var walkers = versions.Keys.ToDictionary(s => s, s => new StreamAdmission(s.Unit, s.FiscalYear));
        var stored = new Dictionary<Guid, (long Version, ReadOnlyMemory<byte> Payload)>();
        await foreach (var held in store.ReadAllAsync(GlobalPosition.Start, ct))
        {
            if (walkers.TryGetValue(held.Stream, out var walker))
            {
                versions[held.Stream] = held.StreamVersion;
                walker.Replay(LedgerJournal.Decode(held));
            }
            if (!byId.TryGetValue(held.EventId, out var line))
                continue;
            if (held.Stream != line.Stream)
            {
                throw Refuse(path, line.Number,
                    $"event {held.EventId} is already in the journal in stream '{held.Stream}', not '{line.Stream}'");
            }
            stored[held.EventId] = (held.StreamVersion, held.Payload);
        }

        var lastLine = new Dictionary<StreamName, int>();
        foreach (var line in events)
            lastLine[line.Stream] = line.Number;
        // Per stream: the version of the last held event the file named, and whether a new one came before.
        var reached = versions.Keys.ToDictionary(s => s, _ => (Version: -1L, New: false));
        foreach (var line in events)
        {
            var at = reached[line.Stream];
            if (stored.TryGetValue(line.Data.EventId, out var held))
            {
                if (!held.Payload.Span.SequenceEqual(line.Data.Payload.Span))
                    throw Refuse(path, line.Number, $"conflict: event {line.Data.EventId} is already in the journal with other content");
                if (at.New || held.Version <= at.Version)
                {
                    throw Refuse(path, line.Number,
                        $"conflict: event {line.Data.EventId} is already in the journal as event {held.Version} of '{line.Stream}', which the file puts elsewhere");
                }
                reached[line.Stream] = (held.Version, at.New);
            }
            else
            {
                if (walkers[line.Stream].Admit(line.Envelope) is { } refused)
                    throw Refuse(path, line.Number, refused.Message);
                reached[line.Stream] = (at.Version, true);
            }
            if (lastLine[line.Stream] == line.Number)
            {
                if (walkers[line.Stream].Close() is { } incomplete)
                    throw Refuse(path, line.Number, incomplete.Message);
                // A stream's fold is not needed after its last line: a long file need not keep every stream's.
                walkers.Remove(line.Stream);
            }
        }
        return (versions, stored.Keys.ToHashSet());
    }

    private static async Task<List<Line>> ReadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
            throw new InputException($"{path}:0:0 no such file");
        var events = new List<Line>();
        var seen = new HashSet<Guid>();
        var lineNumber = 0;
        var trailerLine = 0;
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await foreach (var line in File.ReadLinesAsync(path, ct))
        {
            lineNumber++;
            if (trailerLine > 0 && !string.IsNullOrWhiteSpace(line))
                throw Refuse(path, lineNumber, $"a line after the export's last line (line {trailerLine}): the file was added to since export");
            if (line.Length > MaxLineBytes)
                throw Refuse(path, lineNumber, $"line is longer than {MaxLineBytes} bytes: not an event");
            if (ExportTrailer.IsTrailer(line))
            {
                CheckTrailer(path, lineNumber, line, events.Count, digest);
                trailerLine = lineNumber;
                continue;
            }
            ExportTrailer.AddLine(digest, line);
            if (string.IsNullOrWhiteSpace(line))
                continue;
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
            events.Add(new Line(lineNumber, stream, envelope, data));
        }
        return events;
    }

    // A file without a trailer (made by hand, or cut) gets the checks of each event; one with a trailer must be
    // the lines the export wrote, all of them, in their order.
    private static void CheckTrailer(string path, int lineNumber, string line, int events, IncrementalHash digest)
    {
        if (ExportTrailer.Parse(line) is not { } trailer)
            throw Refuse(path, lineNumber, "the export's last line is damaged: expected {\"export\":{\"events\":N,\"sha256\":\"HEX\"}}");
        if (trailer.Events != events)
        {
            var change = trailer.Events > events ? "a line was removed" : "a line was added";
            throw Refuse(path, lineNumber, $"the file holds {events} events, its export wrote {trailer.Events}: {change}");
        }
        if (ExportTrailer.Of(events, digest).Sha256 != trailer.Sha256)
            throw Refuse(path, lineNumber, "the lines were changed or reordered since export: their sha256 is not the export's");
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
