using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Ledger.Sheets.Reading;

/// <summary>
/// What an XLSX workbook may expand to once unzipped, checked by streaming through the archive before the workbook is
/// loaded: a few MiB of ZIP can hold gigabytes of XML, and the workbook loader keeps every cell in memory, many times
/// its text. First the sizes the archive declares (a ZIP bomb is refused before one byte is inflated), then the parts
/// themselves, inflated and counted without being kept, since declared sizes can lie. Bounds are per workbook (every
/// worksheet is loaded) and far above a province's budget; the text bound is half the largest CSV sheet's.
/// </summary>
public static class XlsxBounds
{
    /// <summary>Most parts (files) in the archive.</summary>
    public const int MaxParts = 1_000;

    /// <summary>Largest part once unzipped, in bytes.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>All parts together once unzipped, in bytes.</summary>
    public const long MaxTotalBytes = 128L * 1024 * 1024;

    /// <summary>Most cells in all worksheets together (100.000 rows of 5 columns).</summary>
    public const int MaxCells = 500_000;

    /// <summary>Most characters of cell text, formulas and shared strings, each cell counting the shared string it shows.</summary>
    public const long MaxTextChars = 16L * 1024 * 1024;

    private const long MiB = 1024 * 1024;

    private static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Null when the workbook stays within every bound, else the bound it passes, as an error about the file.</summary>
    internal static SheetError? Check(string fileName, byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            Declared(archive);
            Expanded(archive);
            return null;
        }
        catch (BoundPassed passed)
        {
            return SheetError.InFile(fileName, passed.Message + "; a workbook this big is not a budget, refused before loading it");
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return SheetError.InFile(fileName, "cannot be read as an XLSX workbook: " + e.Message);
        }
    }

    private static void Declared(ZipArchive archive)
    {
        if (archive.Entries.Count > MaxParts)
            throw new BoundPassed($"holds {archive.Entries.Count} parts, more than {MaxParts}");
        var total = 0L;
        foreach (var entry in archive.Entries)
        {
            if (entry.Length > MaxPartBytes)
                throw PartTooLarge(entry.FullName);
            total += entry.Length;
            if (total > MaxTotalBytes)
                throw TotalTooLarge();
        }
    }

    private static void Expanded(ZipArchive archive)
    {
        var tally = new Tally();
        var shared = new List<int>();
        var sharedPart = archive.Entries.FirstOrDefault(e => e.FullName.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase));
        if (sharedPart is not null)
            Scan(sharedPart, tally, stream => SharedStrings(stream, shared, tally));
        foreach (var entry in archive.Entries.Where(e => e != sharedPart))
        {
            if (IsWorksheet(entry.FullName))
                Scan(entry, tally, stream => Worksheet(stream, entry.FullName, shared, tally));
            else
                Scan(entry, tally, Drain);
        }
    }

    private static bool IsWorksheet(string name) =>
        name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
        && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        && !name.Contains("/_rels/", StringComparison.Ordinal);

    private static void Scan(ZipArchiveEntry entry, Tally tally, Action<Stream> read)
    {
        using var inflated = entry.Open();
        using var counted = new CountingStream(inflated, entry.FullName, tally);
        read(counted);
    }

    private static void Drain(Stream stream)
    {
        var buffer = new byte[16 * 1024];
        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    /// <summary>The length of each shared string, in table order; their text counts once toward the bound.</summary>
    private static void SharedStrings(Stream stream, List<int> lengths, Tally tally)
    {
        using var reader = XmlReader.Create(stream, Xml);
        var chunk = new char[4096];
        var inString = false;
        var length = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (reader.IsEmptyElement)
                    lengths.Add(0);
                inString = !reader.IsEmptyElement;
                length = 0;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "si")
            {
                lengths.Add(length);
                inString = false;
            }
            else if (inString && IsText(reader.NodeType))
            {
                // In chunks, so that a long text is never one string.
                int read;
                while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    length += read;
                    tally.AddText(read);
                }
            }
            if (lengths.Count > MaxCells)
                throw new BoundPassed($"holds more than {MaxCells} shared strings");
        }
    }

    /// <summary>Counts a worksheet's rows and cells, and the text each cell shows (a shared string's length for each use).</summary>
    private static void Worksheet(Stream stream, string name, List<int> shared, Tally tally)
    {
        using var reader = XmlReader.Create(stream, Xml);
        var chunk = new char[4096];
        var rows = 0;
        string? type = null;
        var inCell = false;
        var inValue = false;
        var index = new System.Text.StringBuilder(16);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "row":
                    if (++rows > SheetLimits.MaxRows)
                        throw new BoundPassed($"worksheet {name} has more than {SheetLimits.MaxRows} rows");
                    break;
                case XmlNodeType.Element when reader.LocalName == "c":
                    tally.AddCell();
                    type = reader.GetAttribute("t");
                    inCell = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.Element when reader.LocalName == "v":
                    inValue = inCell && !reader.IsEmptyElement;
                    index.Clear();
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "c":
                    inCell = false;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "v":
                    if (inValue && type == "s" && int.TryParse(index.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                        && i >= 0 && i < shared.Count)
                    {
                        tally.AddText(shared[i]);
                    }
                    inValue = false;
                    break;
                default:
                    int read;
                    while (inCell && IsText(reader.NodeType) && (read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        if (inValue && type == "s")
                            index.Append(chunk, 0, Math.Min(read, 16 - index.Length));
                        else
                            tally.AddText(read);
                    }
                    break;
            }
        }
    }

    private static bool IsText(XmlNodeType type) =>
        type is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace;

    private static BoundPassed PartTooLarge(string part) =>
        new($"its part {part} expands to more than {MaxPartBytes / MiB} MiB once unzipped");

    private static BoundPassed TotalTooLarge() => new($"expands to more than {MaxTotalBytes / MiB} MiB once unzipped");

    /// <summary>Running totals over the whole workbook; a bound passed is thrown at once.</summary>
    private sealed class Tally
    {
        private long _bytes;
        private int _cells;
        private long _text;

        public void AddBytes(string part, long partBytes, int read)
        {
            _bytes += read;
            if (partBytes > MaxPartBytes)
                throw PartTooLarge(part);
            if (_bytes > MaxTotalBytes)
                throw TotalTooLarge();
        }

        public void AddCell()
        {
            if (++_cells > MaxCells)
                throw new BoundPassed($"holds more than {MaxCells} cells");
        }

        public void AddText(long chars)
        {
            _text += chars;
            if (_text > MaxTextChars)
                throw new BoundPassed($"holds more than {MaxTextChars / MiB} Mi characters of cell text once expanded");
        }
    }

    /// <summary>An inflating part's stream that counts what it gives against the bounds.</summary>
    private sealed class CountingStream(Stream inner, string part, Tally tally) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            _read += read;
            tally.AddBytes(part, _read, read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class BoundPassed(string message) : Exception(message);
}
