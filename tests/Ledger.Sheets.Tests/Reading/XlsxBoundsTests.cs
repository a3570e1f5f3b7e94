using Ledger.Sheets.Reading;
using Ledger.Sheets.Tests.Support;

namespace Ledger.Sheets.Tests.Reading;

/// <summary>
/// An XLSX of a few hundred KiB can expand to gigabytes once unzipped and loaded (issue 11: 90,000 rows of 2 KB cells
/// took the server to 5 GB). What a workbook expands to is bounded before it is loaded, and refused with one error
/// about the file, allocating a small fraction of what loading it would.
/// </summary>
public sealed class XlsxBoundsTests
{
    /// <summary>What refusing may allocate: the archive's directory and a few buffers, never the expanded sheet.</summary>
    private const long RefusalBytes = 16L * 1024 * 1024;

    private static readonly string Cell2K = new('x', 2_000);

    private static (SheetResult<Sheet> Result, long Allocated) Read(byte[] xlsx)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = SheetReader.Read(new MemoryStream(xlsx), "besar.xlsx");
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static byte[] InlineRows(int rows) => RawWorkbooks.Build(w =>
    {
        RawWorkbooks.InlineRow(w, 1, "kode", "uraian");
        for (var row = 2; row <= rows; row++)
            RawWorkbooks.InlineRow(w, row, "1.01", Cell2K + row);
    });

    [Fact]
    public void Given_90000_rows_of_2KB_cells_when_read_then_refused_by_the_declared_size_before_inflating()
    {
        var xlsx = InlineRows(90_000);
        Assert.True(xlsx.Length < 4 * 1024 * 1024, $"{xlsx.Length} bytes");

        var (result, allocated) = Read(xlsx);

        Assert.False(result.IsOk);
        Assert.Equal("besar.xlsx:0:0 its part xl/worksheets/sheet1.xml expands to more than 64 MiB once unzipped; "
            + "a workbook this big is not a budget, refused before loading it", result.Error.ToString());
        Assert.True(allocated < RefusalBytes, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Given_cells_holding_more_text_than_the_bound_when_read_then_refused_while_streaming_through_them()
    {
        var (result, allocated) = Read(InlineRows(10_000));

        Assert.False(result.IsOk);
        Assert.Contains("holds more than 16 Mi characters of cell text once expanded", result.Error.Message, StringComparison.Ordinal);
        Assert.True(allocated < RefusalBytes, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Given_one_shared_string_shown_by_many_cells_when_read_then_each_use_counts_toward_the_text_bound()
    {
        // A few KiB of XLSX: one 2 KB shared string, 10,000 cells showing it; each loaded cell gets its own copy.
        var xlsx = RawWorkbooks.Build(
            w =>
            {
                for (var row = 1; row <= 10_000; row++)
                    w.Write($"<row r=\"{row}\"><c r=\"A{row}\" t=\"s\"><v>0</v></c></row>");
            },
            w => w.Write($"<si><t>{Cell2K}</t></si>"));

        var (result, allocated) = Read(xlsx);

        Assert.False(result.IsOk);
        Assert.Contains("characters of cell text", result.Error.Message, StringComparison.Ordinal);
        Assert.True(allocated < RefusalBytes, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Given_more_cells_than_the_bound_when_read_then_refused()
    {
        var xlsx = RawWorkbooks.Build(w =>
        {
            for (var row = 1; row <= 60_000; row++)
            {
                w.Write($"<row r=\"{row}\">");
                for (var column = 0; column < 9; column++)
                    w.Write($"<c r=\"{(char)('A' + column)}{row}\"><v>1</v></c>");
                w.Write("</row>");
            }
        });

        var (result, _) = Read(xlsx);

        Assert.False(result.IsOk);
        Assert.Contains($"holds more than {XlsxBounds.MaxCells} cells", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_small_workbook_written_part_by_part_when_read_then_its_cells_are_read()
    {
        var xlsx = RawWorkbooks.Build(w =>
        {
            RawWorkbooks.InlineRow(w, 1, "kode", "uraian", "pagu");
            RawWorkbooks.InlineRow(w, 2, "1.01", "Program Uji", "");
            RawWorkbooks.InlineRow(w, 3, "1.01.01", "Kegiatan Uji", "12000");
        });

        var (result, _) = Read(xlsx);

        Assert.True(result.IsOk, result.IsOk ? "" : result.Error.ToString());
        Assert.Equal(["kode", "uraian", "pagu"], result.Value.Header);
        Assert.Equal(2, result.Value.Rows.Count);
    }
}
