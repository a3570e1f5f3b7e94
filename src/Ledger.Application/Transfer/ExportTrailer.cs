using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Ledger.Application.Transfer;

/// <summary>
/// The last line of <c>ledger export</c>: <c>{"export":{"events":N,"sha256":"HEX"}}</c>, the number of event
/// lines before it and the SHA-256 (lower-case hex) of their bytes, each line with its <c>\n</c>. Every line before
/// it stays the event's stored bytes, so the trailer is what tells <c>ledger append</c> that none was removed,
/// added, changed or moved since the export. An export of nothing is the trailer alone.
/// </summary>
public sealed record ExportTrailer(long Events, string Sha256)
{
    private const string Prefix = "{\"export\":";

    /// <summary>The trailer's line, without its line break.</summary>
    public string Line => $"{Prefix}{{\"events\":{Events.ToString(CultureInfo.InvariantCulture)},\"sha256\":\"{Sha256}\"}}}}";

    public static ExportTrailer Of(long events, IncrementalHash lines) => new(events, Convert.ToHexStringLower(lines.GetCurrentHash()));

    /// <summary>A line meant as a trailer (an object whose first key is <c>export</c>), whether well-formed or not.</summary>
    public static bool IsTrailer(string line) => line.TrimStart().StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The trailer on <paramref name="line"/>, or null when it is not exactly the form export writes.</summary>
    public static ExportTrailer? Parse(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement is not { ValueKind: JsonValueKind.Object } root || root.EnumerateObject().Count() != 1
                || !root.TryGetProperty("export", out var export) || export.ValueKind != JsonValueKind.Object
                || export.EnumerateObject().Count() != 2
                || !export.TryGetProperty("events", out var events) || !events.TryGetInt64(out var count) || count < 0
                || !export.TryGetProperty("sha256", out var sha) || sha.ValueKind != JsonValueKind.String)
            {
                return null;
            }
            var trailer = new ExportTrailer(count, sha.GetString()!);
            return trailer.Line == line.Trim() ? trailer : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Adds one line as export wrote it (its UTF-8 bytes and a <c>\n</c>) to <paramref name="hash"/>.</summary>
    public static void AddLine(IncrementalHash hash, string line)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(line));
        hash.AppendData("\n"u8);
    }
}
