using System.Text;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Tests.Support;

namespace Ledger.Sheets.Tests.Reading;

public class SheetReadingErrorTests
{
    private static SheetError Fail(string text) =>
        SheetReader.ReadCsvText(text, "bad.csv").Error ?? throw new InvalidOperationException("expected an error");

    [Fact]
    public void Given_an_unterminated_quote_then_the_error_points_at_its_cell() =>
        Assert.Equal("bad.csv:3:2 quoted cell is never closed (missing \")",
            Fail("kode,uraian\n7.01,a\n7.02,\"never closed\n7.03,b\n").ToString());

    [Fact]
    public void Given_text_after_a_closing_quote_then_it_is_an_error() =>
        Assert.Equal("bad.csv:2:2 text after the closing quote of a quoted cell",
            Fail("kode,uraian\n7.01,\"a\"b\n").ToString());

    [Fact]
    public void Given_more_non_empty_cells_than_header_columns_then_it_is_an_error() =>
        Assert.Equal("bad.csv:2:4 row has 4 cells but the header has only 3 columns (an unquoted delimiter?)",
            Fail("kode,uraian,pagu\n7.01,Penyediaan Jasa Komunikasi, Sumber Daya Air,5.000\n").ToString());

    [Fact]
    public void Given_an_empty_file_then_it_is_an_error_in_row_0() =>
        Assert.Equal("bad.csv:0:0 the file is empty; expected a header row such as kode,uraian,pagu", Fail("\n \n").ToString());

    [Fact]
    public void Given_a_missing_file_then_it_is_an_error_in_row_0()
    {
        var error = SheetReader.Read("no/such/file.csv").Error!;
        Assert.Equal("no/such/file.csv:0:0 file not found", error.ToString());
    }

    [Fact]
    public void Given_a_directory_then_it_is_an_error_in_row_0()
    {
        using var scratch = new ScratchDirectory();
        Assert.EndsWith(":0:0 is a directory, not a sheet", SheetReader.Read(scratch.Path).Error!.ToString());
    }

    [Fact]
    public async Task Given_an_upload_stream_longer_than_the_limit_then_it_is_refused_naming_the_upload_before_all_of_it_is_read()
    {
        var stream = new CountingStream(SheetLimits.MaxFileBytes + 1_000_000);

        var source = await SheetSource.FromStreamAsync(stream, "besar.csv", TestContext.Current.CancellationToken);

        Assert.Equal($"besar.csv:0:0 is larger than {SheetLimits.MaxFileBytes / (1024 * 1024)} MiB; a sheet this big is not a budget", source.Error!.ToString());
        Assert.True(stream.Position <= SheetLimits.MaxFileBytes + 81_920);
    }

    [Fact]
    public async Task Given_a_sheet_read_from_a_stream_then_it_reads_as_the_same_file_would_and_as_often_as_wanted()
    {
        var csv = "kode,uraian,pagu\n7.01,Program,\n7.01.01,Kegiatan,5.000\n";
        var source = (await SheetSource.FromStreamAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "dir/anggaran.csv", TestContext.Current.CancellationToken)).ValueOrThrow();

        var first = SheetReader.Read(source).ValueOrThrow();
        var again = SheetReader.Read(source).ValueOrThrow();

        Assert.Equal(("dir/anggaran.csv", "anggaran.csv"), (source.Name, source.FileName));
        Assert.Equal("dir/anggaran.csv", first.FileName);
        Assert.Equal(2, first.Rows.Count);
        Assert.Equal(first.Rows.Count, again.Rows.Count);
    }

    [Fact]
    public void Given_bytes_that_are_not_UTF8_then_the_error_names_their_row()
    {
        var bytes = Encoding.Latin1.GetBytes("kode,uraian\n7.01,Pelayanan\n7.02,Caf\u00e9\n");
        var error = SheetReader.Read(new MemoryStream(bytes), "latin1.csv").Error!;
        Assert.Equal("latin1.csv:3:0 the file is not UTF-8 text; save it from Excel as \"CSV UTF-8\"", error.ToString());
    }

    [Fact]
    public void Given_an_old_xls_workbook_then_it_is_refused_with_advice()
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        Assert.StartsWith("old.xls:0:0 is an old Excel 97-2003 (.xls) workbook",
            SheetReader.Read(new MemoryStream(bytes), "old.xls").Error!.ToString());
    }

    [Fact]
    public void Given_a_damaged_xlsx_then_it_is_an_error_not_an_exception()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5];
        Assert.StartsWith("broken.xlsx:0:0 cannot be read as an XLSX workbook",
            SheetReader.Read(new MemoryStream(bytes), "broken.xlsx").Error!.ToString());
    }

    [Fact]
    public void Given_too_many_cells_in_a_row_then_it_is_an_error() =>
        Assert.Equal($"bad.csv:1:0 row has more than {SheetLimits.MaxColumns} cells",
            Fail(string.Join(',', Enumerable.Range(0, SheetLimits.MaxColumns + 1))).ToString());

    /// <summary>A stream of zeros of a given length that says how far it was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
