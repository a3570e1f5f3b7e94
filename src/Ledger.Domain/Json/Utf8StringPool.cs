using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Ledger.Domain.Json;

/// <summary>
/// Turns short JSON strings into .NET strings, handing back the same instance for the same bytes.
/// A journal repeats a few thousand texts (units, actors, stages' legal bases, uraian, indicator names,
/// satuan) millions of times: decoding each once saves the allocation and the memory of every copy a fold
/// would keep. Direct-mapped and bounded: a collision replaces the older entry. One pool per thread.
/// </summary>
internal sealed class Utf8StringPool
{
    private const int Slots = 1 << 13;
    private const int MaxPooledBytes = 128;

    // Strict: the journal is UTF-8, and a damaged byte must be an error, not a silent U+FFFD.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static Utf8StringPool? _current;

    private readonly byte[]?[] _keys = new byte[Slots][];
    private readonly string?[] _values = new string[Slots];

    public static Utf8StringPool Current => _current ??= new Utf8StringPool();

    /// <summary>The string value the reader stands on (a String token).</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxPooledBytes)
            return reader.GetString()!;
        return Get(reader.ValueSpan);
    }

    public string Get(ReadOnlySpan<byte> utf8)
    {
        var slot = Hash(utf8) & (Slots - 1);
        if (_keys[slot] is { } key && utf8.SequenceEqual(key))
            return _values[slot]!;
        var value = Strict.GetString(utf8);
        _keys[slot] = utf8.ToArray();
        _values[slot] = value;
        return value;
    }

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        // FNV-1a over 8-byte words: texts are short, so this beats a general-purpose hash.
        unchecked
        {
            var hash = 14695981039346656037UL;
            var words = MemoryMarshal.Cast<byte, ulong>(utf8);
            foreach (var word in words)
                hash = (hash ^ word) * 1099511628211UL;
            foreach (var b in utf8[(words.Length * 8)..])
                hash = (hash ^ b) * 1099511628211UL;
            return (int)(hash ^ (hash >> 32));
        }
    }
}
