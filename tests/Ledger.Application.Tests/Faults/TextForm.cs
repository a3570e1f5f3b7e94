using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Ledger.Application.Tests.Faults;

/// <summary>How a grid is written as text: delimiter, line ends, byte order marks, encoding.</summary>
internal sealed record TextForm(char Delimiter, string Newline, bool FinalNewline, int Boms, Encoding Encoding)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static readonly Gen<TextForm> Valid =
        from delimiter in Gen.Frequency((5, Gen.Constant(',')), (1, Gen.Constant(';')))
        from newline in Gen.Frequency((5, Gen.Constant("\n")), (2, Gen.Constant("\r\n")), (1, Gen.Constant("\r")))
        from final in Gen.Elements(true, false)
        from boms in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(1)))
        select new TextForm(delimiter, newline, final, boms, Utf8);

    public static readonly Gen<TextForm> Any = Gen.Frequency(
        (10, Valid),
        (1, Valid.Select(f => f with { Boms = 2 })),
        (1, Valid.Select(f => f with { Encoding = Encoding.Unicode, Boms = 1 })),
        (1, Valid.Select(f => f with { Encoding = Encoding.Latin1 })));

    public bool KeepsCells => Boms <= 1 && Encoding == Utf8;

    public string Description =>
        string.Join(", ", new[]
        {
            Delimiter == ',' ? "" : "';' delimited",
            Newline == "\n" ? "" : Newline == "\r\n" ? "CRLF" : "CR line ends",
            FinalNewline ? "" : "no final newline",
            Boms == 0 ? "" : $"{Boms} BOM",
            Encoding == Utf8 ? "" : Encoding.WebName,
        }.Where(p => p.Length > 0));

    public byte[] Encode(CsvTable table)
    {
        var text = string.Concat(Enumerable.Repeat("\ufeff", Boms)) + table.ToCsv(Delimiter, Newline, FinalNewline);
        return Encoding.GetBytes(text);
    }
}
