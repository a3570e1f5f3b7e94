using FsCheck;
using FsCheck.Fluent;

namespace Ledger.Application.Tests.Faults;

/// <summary>Damage below the text: flipped bytes, truncation, invalid UTF-8, stray quotes, huge lines, other files.</summary>
internal static class ByteMutations
{
    public static Gen<(string Description, byte[] Bytes)> Any(byte[] bytes) =>
        Gen.Frequency(
            (6, Gen.Constant<(string Description, byte[] Bytes)>(("", bytes))),
            (3, One(bytes)),
            (1, One(bytes).SelectMany(first => One(first.Bytes).Select(second => (first.Description + "; " + second.Description, second.Bytes)))));

    private static readonly byte[][] InvalidUtf8 =
        [[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xF4, 0x90, 0x80, 0x80]];

    private static Gen<(string Description, byte[] Bytes)> One(byte[] bytes)
    {
        var at = Gen.Choose(0, bytes.Length);
        return Gen.Frequency(
            (4, from count in Gen.Choose(1, 4)
                from flips in Gen.Choose(0, Math.Max(0, bytes.Length - 1)).Zip(FlipTo).Select(f => (f.Item1, f.Item2)).ListOf(count)
                select ($"bytes {string.Join(",", flips.Select(f => $"{f.Item1}:={f.Item2:X2}"))}", Flip(bytes, flips))),
            (3, at.Select(n => ($"truncated to {n} bytes", bytes[..n]))),
            (2, from n in at
                from bad in Gen.Elements(InvalidUtf8)
                select ($"invalid UTF-8 {Convert.ToHexString(bad)} at {n}", Insert(bytes, n, bad))),
            (2, at.Select(n => ($"stray '\"' at {n}", Insert(bytes, n, [(byte)'"'])))),
            (1, at.Select(n => ($"NUL at {n}", Insert(bytes, n, [0])))),
            (1, at.Select(n => ($"byte {n} deleted", n < bytes.Length ? [.. bytes[..n], .. bytes[(n + 1)..]] : bytes))),
            (1, from n in at
                from length in Gen.Elements(33_000, 400_000)
                from fill in Gen.Elements((byte)'x', (byte)',', (byte)';', (byte)'"')
                select ($"{length} × '{(char)fill}' at {n}", Insert(bytes, n, [.. Enumerable.Repeat(fill, length)]))),
            (1, Gen.Elements(
                ("empty file", Array.Empty<byte>()),
                ("only white space", "  \r\n\t\n"u8.ToArray()),
                ("only a BOM", [0xEF, 0xBB, 0xBF]),
                ("100001 blank lines first", [.. Enumerable.Repeat((byte)'\n', 100_001), .. bytes]),
                ("ZIP header then the text", [0x50, 0x4B, 0x03, 0x04, .. bytes]),
                ("old Excel header then the text", [0xD0, 0xCF, 0x11, 0xE0, .. bytes]))),
            (1, Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().Select(garbage => ($"{garbage.Length} random bytes", garbage))));
    }

    // Mostly bytes that change a sheet's structure or numbers and keep it UTF-8, so flips reach past the decoder.
    private static readonly Gen<int> FlipTo = Gen.Frequency(
        (1, Gen.Choose(0, 255)),
        (2, Gen.Elements(",;\"\r\n.()-0159 aX%".Select(c => (int)c).ToArray())));

    private static byte[] Flip(byte[] bytes, IEnumerable<(int At, int Value)> flips)
    {
        var copy = bytes.ToArray();
        foreach (var (at, value) in flips.Where(f => f.At < copy.Length))
            copy[at] = (byte)value;
        return copy;
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];
}
