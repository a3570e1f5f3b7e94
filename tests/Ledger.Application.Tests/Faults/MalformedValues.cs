using FsCheck;
using FsCheck.Fluent;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// Cell texts a sheet may carry by mistake, per kind of column: what people and spreadsheets really type
/// (two decimal marks, stray letters, unbalanced parentheses, numbers past 64 bits) and random text.
/// Some are valid on purpose: a mutation that still makes a good sheet must be imported whole.
/// </summary>
internal static class MalformedValues
{
    private static readonly Gen<string> Noise = Gen.Frequency(
        (3, Gen.Elements("0123456789.,()-Rp %;\"' xX\t\u00a0abcé".ToCharArray()).ArrayOf().Select(c => new string(c))),
        (1, Gen.Choose(0x20, 0xD7FF).Select(c => (char)c).ArrayOf().Select(c => new string(c))),
        (1, Gen.Elements("\r\n", "\n", "\u0000", "\u001b[31m", "\u2028", "\u0085", "\ufeff", "\ud800", "😀", "٣٤٥", "１２３")));

    public static readonly Gen<string> Money = Gen.Frequency(
        (6, Gen.Elements(
            "12a", "1.2.3,4,5", "1,234.567,89", "1.234,567.89", "99999999999999999999999", "9.223.372.036.854.775.807",
            "9.223.372.036.854.775.808", "-9.223.372.036.854.775.808", "(9223372036854775808)", "(5.000.000", "5.000.000)",
            "((5.000))", "()", "(-5.000)", "--5", "-(5)", "Rp", "Rp.", "Rp -", "Rp Rp 5", "1e6", "1E+06", "NaN", "∞", "0x10",
            "12.34", "1.234.56", "1,23", "0,50", "1.000,01", "1 000 000", "1.000.000,-", "1.000.000.-", ",5", "5,", ".", ",",
            "+5.000", "−5.000", "–", "—", "- -", "5 000", "1.00.000", "00.000", "0.000", "Rp 0,00", "3.813.748.600,0 0")),
        (3, Gen.Elements("1.000.000", "Rp 5.000.000,00", "5000000", "(5.000.000)", "-1", "-", "", "0", "Rp. 1,234,567")),
        (2, Gen.Choose(0, int.MaxValue).Select(n => n.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.'))),
        (2, Noise));

    public static readonly Gen<string> Kode = Gen.Frequency(
        (6, Gen.Elements(
            "", " ", "01..02", "01.", ".01", ".", "..", "01.a", "a", "0l.02", "01,02", "01 .0 2", "X.X", "x.01", "XY.01",
            "01.02.03.04.05.06.07.08.09", "99.99.99.99", "01/02", "٠١.٠٢", "01.02\u00a0", "0.00.4.36.08.04.03.01",
            "1234567890123456789012345678901234567890123456789012345678901234567890", "JUMLAH", "-01", "+01")),
        (2, Gen.Choose(1, 99).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture))),
        (2, Noise));

    public static readonly Gen<string> Quantity = Gen.Frequency(
        (6, Gen.Elements(
            "abc", "1,2,3", "1.2.3,4", "2 Orang; 3 Orang", "100%%", "%", "Orang 2", "1e3", "99999999999999999999999999999999",
            "79228162514264337593543950336", "-5 Unit", "1.000,5,5 Unit", ";", ";;", "1;2;3;4;5;6;7;8", "- ; -", "12 3 Orang",
            "(5)", "1,", ",5", "1..5", "5 ,5 Unit")),
        (3, Gen.Elements("", "-", "1 Orang", "78,5", "100%", "3.813 Porsi", "0")),
        (2, Noise));

    public static readonly Gen<string> Percent = Gen.Frequency(
        (6, Gen.Elements("abc", "96,35%%", "96.35.1", "1e2", "12 Orang", "%", "100 %", "-5", "79228162514264337593543950336", ";", "1;2;3")),
        (2, Gen.Elements("", "-", "96,35", "100", "0")),
        (2, Noise));

    public static readonly Gen<string> Names = Gen.Frequency(
        (5, Gen.Elements(";", "a;;b", "a; a", "A;a", " ; ", "a;b;c;d;e", string.Join(';', Enumerable.Range(1, 40).Select(i => "i" + i)), "x\ny")),
        (2, Gen.Elements("", "Jumlah Surat", "Persentase (%)")),
        (2, Noise));

    public static readonly Gen<string> Arah = Gen.Frequency(
        (5, Gen.Elements("naik;turun;naik;naik", "up", "NAIK", "Turun", "naik;;", ";turun", "naik turun", "n")),
        (2, Gen.Elements("", "naik", "turun")),
        (1, Noise));

    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.Elements("", " ", "\u00a0", "JUMLAH", "T O T A L", "\"", "a\r\nb", new string('x', 40_000), "=SUM(A1:A3)")),
        (3, Noise));

    /// <summary>A bad (or sometimes good) value for a column, chosen by what the column holds.</summary>
    public static Gen<string> For(string header) =>
        Ledger.Sheets.Reading.SheetColumns.Normalize(header) switch
        {
            "kode" => Kode,
            "pagu" or "realisasi" or "pagu_renstra" => Money,
            "target" or "realisasi_kinerja" or "target_renstra" => Quantity,
            "serapan_pct" or "capaian_pct" => Percent,
            "indikator" => Names,
            "arah" => Arah,
            _ => Text,
        };
}
