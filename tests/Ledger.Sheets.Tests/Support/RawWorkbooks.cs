using System.IO.Compression;
using System.Text;

namespace Ledger.Sheets.Tests.Support;

/// <summary>
/// XLSX workbooks written part by part, without a workbook library, so that a test can make one far larger once
/// unzipped than any library would let it build in memory: the shapes of a ZIP bomb.
/// </summary>
public static class RawWorkbooks
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>One worksheet whose <c>sheetData</c> the caller writes, and optionally a shared strings table.</summary>
    public static byte[] Build(Action<TextWriter> sheetData, Action<TextWriter>? sharedStrings = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedStrings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "</Types>"));
            Part(zip, "_rels/.rels", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Part(zip, "xl/workbook.xml", w => w.Write(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Anggaran\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings is null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>"));
            Part(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{Main}\"><sheetData>");
                sheetData(w);
                w.Write("</sheetData></worksheet>");
            });
            if (sharedStrings is not null)
            {
                Part(zip, "xl/sharedStrings.xml", w =>
                {
                    w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"{Main}\">");
                    sharedStrings(w);
                    w.Write("</sst>");
                });
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A row of inline-string cells in columns A, B, C….</summary>
    public static void InlineRow(TextWriter w, int row, params string[] cells)
    {
        w.Write($"<row r=\"{row}\">");
        for (var c = 0; c < cells.Length; c++)
            w.Write($"<c r=\"{(char)('A' + c)}{row}\" t=\"inlineStr\"><is><t>{cells[c]}</t></is></c>");
        w.Write("</row>");
    }

    private static void Part(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
