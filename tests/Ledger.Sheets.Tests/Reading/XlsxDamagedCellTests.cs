using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Tests.Support;

namespace Ledger.Sheets.Tests.Reading;

/// <summary>
/// Cells that hold no figure must never read as one: an error value (<c>#DIV/0!</c>, <c>#N/A</c>) is refused naming
/// its cell, and so is a cell longer than Excel's 32.767 characters (Excel can't write one; the sheet was damaged),
/// never cut short. The bad cells are written into the package's XML, as a damaged or hand-made file holds them.
/// </summary>
public sealed partial class XlsxDamagedCellTests : IDisposable
{
    private const long Marker = 987654321;
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("#DIV/0!")]
    [InlineData("#N/A")]
    [InlineData("#VALUE!")]
    public void Given_an_error_value_without_a_formula_then_the_sheet_is_refused_naming_the_cell(string error)
    {
        var path = Budget();
        EditSheetXml(path, Cell("e", p => $"<{p}v>{error}</{p}v>"));
        Assert.Contains($"v>{error}</", SheetXml(path), StringComparison.Ordinal);

        var read = SheetReader.Read(path);

        Assert.False(read.IsOk, $"read as {read}");
        Assert.StartsWith($"{path}:3:3 ", read.Error!.ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"cell holds the error {error}", read.Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_cell_longer_than_32767_characters_then_the_sheet_is_refused_not_cut_short()
    {
        var path = Budget();
        var text = new string('x', 40_000);
        EditSheetXml(path, Cell("inlineStr", p => $"<{p}is><{p}t>{text}</{p}t></{p}is>"));
        Assert.Contains(text, SheetXml(path), StringComparison.Ordinal);

        var read = SheetReader.Read(path);

        Assert.False(read.IsOk, "a 40.000-character cell was accepted");
        Assert.Contains(":3:3 ", read.Error!.ToString(), StringComparison.Ordinal);
        Assert.Contains("longer than 32767 characters", read.Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_of_exactly_32767_characters_is_read_whole()
    {
        var path = Budget();
        var text = new string('y', 32_767);
        EditSheetXml(path, Cell("inlineStr", p => $"<{p}is><{p}t>{text}</{p}t></{p}is>"));

        var sheet = SheetReader.Read(path).ValueOrThrow();

        Assert.Equal(text, sheet.Rows[1].Cells[2]);
    }

    /// <summary>A small budget whose row 3, column 3 holds <see cref="Marker"/>, the cell the tests damage.</summary>
    private string Budget()
    {
        var path = _scratch.File("anggaran.xlsx");
        using var workbook = new XLWorkbook();
        var ws = workbook.Worksheets.Add("Anggaran");
        ws.Cell(1, 1).SetValue("kode");
        ws.Cell(1, 2).SetValue("uraian");
        ws.Cell(1, 3).SetValue("pagu");
        ws.Cell(2, 1).SetValue("7.01");
        ws.Cell(2, 2).SetValue("Program");
        ws.Cell(3, 1).SetValue("7.01.01");
        ws.Cell(3, 2).SetValue("Kegiatan");
        ws.Cell(3, 3).SetValue(Marker);
        workbook.SaveAs(path);
        return path;
    }

    private static string SheetXml(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }

    private static void EditSheetXml(string path, Func<string, string> edit)
    {
        var xml = SheetXml(path);
        var edited = edit(xml);
        Assert.NotEqual(xml, edited);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
        writer.Write(edited);
    }

    /// <summary>Replaces the marker's cell (<c>&lt;c r="C3" s="…"&gt;&lt;v&gt;987654321&lt;/v&gt;&lt;/c&gt;</c>, any namespace prefix) by one of type <paramref name="type"/> holding <paramref name="inner"/>.</summary>
    private static Func<string, string> Cell(string type, Func<string, string> inner) =>
        xml => MarkerCell().Replace(xml, m =>
        {
            var p = m.Groups["p"].Value;
            var attributes = Regex.Replace(m.Groups["attributes"].Value, "\\s+t=\"[^\"]*\"", "");
            return $"<{p}c r=\"C3\"{attributes} t=\"{type}\">{inner(p)}</{p}c>";
        }, 1);

    [GeneratedRegex("""<(?<p>(\w+:)?)c r="C3"(?<attributes>[^>]*)><\k<p>v>987654321</\k<p>v></\k<p>c>""")]
    private static partial Regex MarkerCell();
}
