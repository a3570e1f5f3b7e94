using FsCheck;
using FsCheck.Fluent;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Support;

/// <summary>FsCheck generators for the value types, biased towards the shapes budgets use and the edges of each range.</summary>
public static class Generators
{
    /// <summary>Any 64-bit integer, built from four 16-bit parts.</summary>
    public static readonly Gen<long> AnyLong =
        Gen.Choose(0, 0xFFFF).Four().Select(p => unchecked((long)(((ulong)(uint)p.Item1 << 48) | ((ulong)(uint)p.Item2 << 32) | ((ulong)(uint)p.Item3 << 16) | (uint)p.Item4)));

    public static readonly Gen<Money> Money = Gen.Frequency(
        (4, Gen.Choose(0, 1_000_000_000).Select(n => new Money(n * 1_000L))),
        (3, AnyLong.Select(n => new Money(n))),
        (1, Gen.Elements(long.MinValue, long.MaxValue, 0L, -1L, 1L).Select(n => new Money(n))));

    private static readonly Gen<string> Segment = Gen.Frequency(
        (8, Gen.Choose(1, 4).SelectMany(length => Gen.Elements("0123456789".ToCharArray()).ArrayOf(length)).Select(c => new string(c))),
        (1, Gen.Elements("X", "XX")));

    /// <summary>Codes as printed: one to seven segments of one to four digits (or X), as in both Permendagri schemes.</summary>
    public static readonly Gen<string> PrintedKode =
        Gen.Choose(1, 7).SelectMany(count => Segment.ArrayOf(count)).Select(segments => string.Join('.', segments));

    public static readonly Gen<Kode> Kodes = PrintedKode.Select(Kode.Parse);

    /// <summary>The same code with the spaces, tabs and non-breaking spaces of a wrapped cell.</summary>
    public static readonly Gen<(string Printed, Kode Kode)> WrappedKodes =
        from printed in PrintedKode
        from cuts in Gen.Elements(' ', '\u00a0', '\n', '\t').ArrayOf(printed.Length + 1)
        from keep in Gen.Elements(true, false, false, false).ArrayOf(printed.Length + 1)
        select (string.Concat(Enumerable.Range(0, printed.Length + 1).Select(i => (keep[i] ? cuts[i].ToString() : "") + (i < printed.Length ? printed[i].ToString() : ""))),
                Kode.Parse(printed));

    private static readonly Gen<decimal> AnyDecimal =
        from lo in Gen.Choose(0, 0xFFFF).Two()
        from mid in Gen.Choose(0, 0xFFFF).Two()
        from hi in Gen.Choose(0, 0xFFFF).Two()
        from negative in Gen.Elements(true, false)
        from scale in Gen.Choose(0, 28)
        select new decimal(lo.Item1 << 16 | lo.Item2, mid.Item1 << 16 | mid.Item2, hi.Item1 << 16 | hi.Item2, negative, (byte)scale);

    public static readonly Gen<decimal> Decimals = Gen.Frequency(
        (4, from n in Gen.Choose(0, 1_000_000) from scale in Gen.Choose(0, 3) select new decimal(n, 0, 0, false, (byte)scale)),
        (3, AnyDecimal),
        (1, Gen.Elements(0m, 0.0m, 78.50m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m)));

    /// <summary>Text as it comes from a UTF-8 sheet: any character but lone surrogates, with JSON- and HTML-significant ones likely.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.Elements("", "%", "Orang", "Dokumen", "Porsi", "rasio", "Kali", "Jenis", "m²", "Ton/hari")),
        (2, Gen.Elements("\"\\<>&'/\n\t\u0000é–\u00a0 aZ9".ToCharArray()).ArrayOf().Select(c => new string(c))),
        (1, Gen.Choose(0x20, 0xD7FF).Select(c => (char)c).ArrayOf().Select(c => new string(c))));

    public static readonly Gen<Quantity> Quantities =
        from value in Decimals
        from satuan in Text
        select new Quantity(value, satuan);
}
