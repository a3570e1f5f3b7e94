using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Ledger.Application.Tests.Faults;

/// <summary>One damaged (or still valid) <c>events.jsonl</c> for <c>ledger append</c>, and how it was made.</summary>
internal sealed record EventFileCase(string Description, byte[] Bytes)
{
    public override string ToString() => $"{Description} ({Bytes.Length} bytes)";
}

/// <summary>
/// Mutations of a valid export: fields deleted, doubled or of the wrong type, unknown types and schema versions,
/// numbers past every range, impossible dates and kodes, ids that collide, lines doubled, dropped, reordered or cut,
/// and bytes flipped. The first <see cref="Export.HeldLines"/> lines are events the target journal already holds.
/// </summary>
internal static class EventFileMutations
{
    /// <summary>A valid export split into its lines; the target journal holds the first <see cref="HeldLines"/>.</summary>
    public sealed record Export(ImmutableList<string> Lines, int HeldLines);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Stands for a value written as raw JSON text (numbers no .NET type holds, broken syntax) after serialising.
    private const string RawMark = "\u0001raw\u0001";

    public static Gen<EventFileCase> Any(Export export) =>
        from lines in Gen.Frequency(
            (8, LineMutation(export)),
            (3, FileMutation(export)),
            (1, LineMutation(export).SelectMany(first => LineMutation(export with { Lines = first.Lines })
                .Select(second => (Description: first.Description + "; " + second.Description, second.Lines)))),
            (1, Gen.Constant((Description: "unchanged", export.Lines))))
        from form in Form
        from bytes in Bytes(form.Encode(lines.Lines))
        select new EventFileCase(string.Join("; ", new[] { lines.Description, form.Description, bytes.Description }.Where(d => d.Length > 0)), bytes.Bytes);

    private static Gen<int> AnyLine(Export export) =>
        Gen.Frequency((1, Gen.Choose(0, export.Lines.Count - 1)), (2, Gen.Choose(export.HeldLines, export.Lines.Count - 1)));

    private static Gen<(string Description, ImmutableList<string> Lines)> LineMutation(Export export) =>
        from at in AnyLine(export)
        from change in JsonObjectOf(export.Lines[at]) is { } json
            ? Gen.Frequency(
                (6, FieldValue(json)),
                (2, RemoveField(json)),
                (2, DuplicateField(export.Lines[at])),
                (2, Id(export, at, json)),
                (2, TextDamage(export.Lines[at])))
            : TextDamage(export.Lines[at])
        select ($"line {at + 1}: {change.Description}", export.Lines.SetItem(at, change.Line));

    // A line an earlier mutation already broke can only be broken further.
    private static JsonObject? JsonObjectOf(string line)
    {
        try
        {
            // Objects are read lazily; walking every property now finds a duplicate name here, not later.
            var json = JsonNode.Parse(line) as JsonObject;
            _ = json is null ? 0 : Paths(json).Count();
            return json;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static Gen<(string Description, string Line)> FieldValue(JsonObject json) =>
        from path in Gen.Elements(Paths(json).DefaultIfEmpty("id").ToArray())
        from value in Gen.Frequency((3, ValuesFor(path.Split('.')[^1])), (1, AnyValue))
        select ($"{path} := {value}", With(json, path, value));

    private static Gen<(string Description, string Line)> RemoveField(JsonObject json) =>
        Gen.Elements(Paths(json).DefaultIfEmpty("id").ToArray()).Select(path => ($"{path} removed", Without(json, path)));

    // System.Text.Json keeps the last of two equal names, so a duplicate before the original changes nothing and one after it wins.
    private static Gen<(string Description, string Line)> DuplicateField(string line) =>
        from name in Gen.Elements("id", "type", "schema", "unit", "year", "stage", "effective", "recorded", "actor", "data", "extra")
        from value in Gen.Frequency((2, ValuesFor(name)), (1, AnyValue))
        from first in Gen.Elements(true, false)
        select ($"{name} also {value} {(first ? "first" : "last")}",
            first ? "{" + JsonName(name) + ":" + value + "," + line[1..] : line[..^1] + "," + JsonName(name) + ":" + value + "}");

    private static Gen<(string Description, string Line)> Id(Export export, int at, JsonObject json)
    {
        var stream = StreamOf(export.Lines[at]);
        var otherStreams = Enumerable.Range(0, export.HeldLines)
            .Where(i => StreamOf(export.Lines[i]) != stream)
            .ToArray();
        var choices = new List<(int, Gen<(string, string)>)>
        {
            (1, Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(16).Select(b => ("a new id", With(json, "id", Quote(new Guid(b).ToString()))))),
            (1, Gen.Constant(("the id in upper case", With(json, "id", (json["id"]?.ToJsonString() ?? "\"\"").ToUpperInvariant())))),
            (1, Gen.Choose(0, export.HeldLines - 1).Select(i => ($"the id of line {i + 1}", With(json, "id", IdOf(export.Lines[i]))))),
        };
        if (otherStreams.Length > 0)
        {
            // An id the target already holds in another stream: the store refuses it, so it must be refused before anything is written.
            choices.Add((2, Gen.Elements(otherStreams).Select(i => ($"the id of held line {i + 1} of another stream", With(json, "id", IdOf(export.Lines[i]))))));
        }
        return Gen.Frequency(choices.ToArray());
    }

    private static string IdOf(string line) => JsonObjectOf(line)?["id"]?.ToJsonString() ?? "\"\"";

    private static Gen<(string Description, string Line)> TextDamage(string line) =>
        line.Length == 0 ? Gen.Constant(("left empty", line)) : Gen.Frequency(
            (3, from count in Gen.Choose(1, 3)
                from flips in Gen.Choose(0, line.Length - 1).Zip(Gen.Elements("0123456789\"{}[],:\\ x-.é\u0000\u2028".ToCharArray())).Select(f => (f.Item1, f.Item2)).ListOf(count)
                select ($"characters {string.Join(",", flips.Select(f => $"{f.Item1}:={TableMutations.Show(f.Item2.ToString())}"))}", Flip(line, flips))),
            (2, Gen.Choose(0, line.Length - 1).Select(n => ($"cut after {n} characters", line[..n]))),
            (1, Gen.Elements(
                ("last character dropped", line[..^1]),
                ("trailing ,}", line + ",}"),
                ("two events on one line", line + line),
                ("an array", "[" + line + "]"),
                ("null", "null"),
                ("a number", "1"),
                ("a string", "\"event\""),
                ("an empty object", "{}"),
                ("nested 10000 deep", new string('[', 10_000) + new string(']', 10_000)),
                ("single quotes", line.Replace('"', '\'')),
                ("a comment", "// " + line),
                ("trailing comment", line + " /* x */"))));

    private static Gen<(string Description, ImmutableList<string> Lines)> FileMutation(Export export)
    {
        var lines = export.Lines;
        var any = Gen.Choose(0, lines.Count - 1);
        return Gen.OneOf(
            from a in any
            from b in Gen.Choose(0, lines.Count)
            select ($"line {a + 1} again at {b + 1}", lines.Insert(b, lines[a])),
            from a in any
            from b in any
            select ($"lines {a + 1} and {b + 1} swapped", lines.SetItem(a, lines[b]).SetItem(b, lines[a])),
            from a in any
            from count in Gen.Choose(1, 20)
            select ($"{Math.Min(count, lines.Count - a)} lines from {a + 1} dropped", lines.RemoveRange(a, Math.Min(count, lines.Count - a))),
            from order in Gen.Shuffle(Enumerable.Range(export.HeldLines, lines.Count - export.HeldLines))
            select ("the new events shuffled", lines.Take(export.HeldLines).Concat(order.Select(i => lines[i])).ToImmutableList()),
            Gen.Constant(("reversed", lines.Reverse())),
            Gen.Constant(("the new events first", lines.Skip(export.HeldLines).Concat(lines.Take(export.HeldLines)).ToImmutableList())),
            from a in Gen.Choose(0, lines.Count)
            from blank in Gen.Elements("", "   ", "\t")
            select ($"blank line at {a + 1}", lines.Insert(a, blank)),
            from a in Gen.Choose(0, lines.Count)
            from length in Gen.Elements(JournalAppendLimit + 1, JournalAppendLimit * 2)
            select ($"a {length}-character line at {a + 1}", lines.Insert(a, new string('x', length))),
            Gen.Constant(("empty", ImmutableList<string>.Empty)));
    }

    private const int JournalAppendLimit = Transfer.JournalAppend.MaxLineBytes;

    private sealed record LineForm(string Newline, bool FinalNewline, bool Bom)
    {
        public string Description => string.Join(", ", new[]
        {
            Newline == "\n" ? "" : "CRLF",
            FinalNewline ? "" : "no final newline",
            Bom ? "BOM" : "",
        }.Where(p => p.Length > 0));

        public byte[] Encode(ImmutableList<string> lines) =>
            Encoding.UTF8.GetBytes((Bom ? "\ufeff" : "") + string.Join(Newline, lines) + (FinalNewline && lines.Count > 0 ? Newline : ""));
    }

    private static readonly Gen<LineForm> Form =
        from newline in Gen.Frequency((6, Gen.Constant("\n")), (1, Gen.Constant("\r\n")))
        from final in Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false)))
        from bom in Gen.Frequency((8, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new LineForm(newline, final, bom);

    private static Gen<(string Description, byte[] Bytes)> Bytes(byte[] bytes)
    {
        var at = Gen.Choose(0, bytes.Length);
        return Gen.Frequency(
            (12, Gen.Constant<(string, byte[])>(("", bytes))),
            (1, from count in Gen.Choose(1, 4)
                from flips in Gen.Choose(0, Math.Max(0, bytes.Length - 1)).Zip(Gen.Choose(0, 255)).Select(f => (f.Item1, f.Item2)).ListOf(count)
                select ($"bytes {string.Join(",", flips.Select(f => $"{f.Item1}:={f.Item2:X2}"))}", FlipBytes(bytes, flips))),
            (1, at.Select(n => ($"file cut after {n} bytes", bytes[..n]))),
            (1, from n in at
                from bad in Gen.Elements<byte[]>([0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF])
                select ($"invalid UTF-8 {Convert.ToHexString(bad)} at byte {n}", (byte[])[.. bytes[..n], .. bad, .. bytes[n..]])));
    }

    private static Gen<string> ValuesFor(string field) =>
        Gen.Elements<string>(field switch
        {
            "id" => ["\"00000000-0000-0000-0000-000000000000\"", "\"nope\"", "\"\"", "42"],
            "type" => ["\"PaguInflated\"", "\"\"", "\"paguallocated\"", "\"LineOpened\"", "\"BudgetSheetImported\"", "\"PaguAllocated\"", "\"KinerjaReported\""],
            "schema" => ["0", "2", "-1", "1.0", "\"1\"", "9223372036854775808", "1e3"],
            "unit" => ["\"\"", "\"  \"", "\"a/b\"", "\"Kecamatan\\nBaru\"", "\"Kecamatan Baru\"", "\"Kecamatan Towuti\"", Quote(new string('a', 300)), "\"\\u0000\""],
            "year" => ["1999", "2101", "2147483648", "-1", "\"2020\"", "2022", "2020.5", "1e400"],
            "stage" => ["\"MURNI\"", "\"final\"", "\"\"", "\"perubahan\"", "\"pergeseran\""],
            "effective" => ["\"2020-02-30\"", "\"2020-13-01\"", "\"\"", "\"2020-1-1\"", "\"2020-01-01T00:00:00Z\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"-2020-01-01\""],
            "recorded" => ["\"2020-08-05\"", "\"yesterday\"", "\"2020-08-05T10:00:00+07:00\"", "\"2020-08-05T10:00:00.123456789Z\"", "\"9999-12-31T23:59:59Z\"", "\"2020-08-05T25:00:00Z\""],
            "kode" or "parent" => ["\"\"", "\"01..02\"", "\"a.b\"", "\".\"", "\"01.\"", Quote(new string('1', 70)), "123", "\"X.X\"", "\"99.99.99.99.99\""],
            "pagu" or "from" or "to" or "realisasi" => ["9223372036854775808", "-9223372036854775809", "1e30", "79228162514264337593543950336", "0.5", "-5", "\"5\"", "1e400", "-0"],
            "value" => ["\"x\"", "1e400", "79228162514264337593543950336", "-1", "1e-400", "{}"],
            "satuan" => ["5", "\"\"", "null", "{}"],
            "lines" => ["-1", "2147483648", "1.5", "\"1\""],
            "level" => ["\"programme\"", "\"\"", "\"PROGRAM\"", "\"sub_kegiatan\"", "\"kegiatan\""],
            "arah" => ["\"sideways\"", "\"\"", "null", "\"TURUN\"", "\"turun\""],
            "indikator" or "uraian" or "source" or "fingerprint" => ["\"\"", "null", "\"a\\u0000b\"", Quote(new string('é', 600_000))],
            _ => ["\"\"", "null", "1", Quote(new string('é', 600_000)), "\"\\u2028\""],
        });

    private static readonly Gen<string> AnyValue =
        Gen.Elements("0", "-1", "1.5", "1e400", "99999999999999999999999", "\"\"", "\"x\"", "true", "false", "null", "[]", "{}", "[1,2]", "{\"value\":1}");

    private static IEnumerable<string> Paths(JsonObject json, string prefix = "")
    {
        foreach (var (name, value) in json)
        {
            yield return prefix + name;
            if (value is JsonObject inner)
            {
                foreach (var path in Paths(inner, prefix + name + "."))
                    yield return path;
            }
        }
    }

    private static string With(JsonObject json, string path, string rawValue)
    {
        var copy = json.DeepClone().AsObject();
        var (parent, name) = Locate(copy, path);
        if (parent is null)
            return copy.ToJsonString(Relaxed);
        parent[name] = RawMark;
        return copy.ToJsonString(Relaxed).Replace(JsonSerializer.Serialize(RawMark, Relaxed), rawValue, StringComparison.Ordinal);
    }

    private static string Without(JsonObject json, string path)
    {
        var copy = json.DeepClone().AsObject();
        var (parent, name) = Locate(copy, path);
        parent?.Remove(name);
        return copy.ToJsonString(Relaxed);
    }

    private static (JsonObject? Parent, string Name) Locate(JsonObject json, string path)
    {
        var parts = path.Split('.');
        JsonObject? parent = json;
        foreach (var part in parts[..^1])
            parent = parent?[part] as JsonObject;
        return (parent, parts[^1]);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Streams = new();

    private static string StreamOf(string line) =>
        Streams.GetOrAdd(line, l => JsonObjectOf(l) is { } json ? $"{json["unit"]}/{json["year"]}" : "");

    private static string Quote(string text) => JsonSerializer.Serialize(text, Relaxed);

    private static string JsonName(string name) => Quote(name);

    private static string Flip(string line, IEnumerable<(int At, char Value)> flips)
    {
        var chars = line.ToCharArray();
        foreach (var (at, value) in flips)
            chars[at] = value;
        return new string(chars);
    }

    private static byte[] FlipBytes(byte[] bytes, IEnumerable<(int At, int Value)> flips)
    {
        var copy = bytes.ToArray();
        foreach (var (at, value) in flips.Where(f => f.At < copy.Length))
            copy[at] = (byte)value;
        return copy;
    }
}
