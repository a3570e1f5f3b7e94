using System.Text;
using Ledger.Sheets.Tests.Support;
using Ledger.Sheets.Writing;

namespace Ledger.Sheets.Tests.Writing;

public class GoldenTableTests
{
    private static byte[] Write(TableFormat format)
    {
        var output = new MemoryStream();
        TableWriter.Write(SampleTable.Create(), format, output);
        return output.ToArray();
    }

    [Theory]
    [InlineData(TableFormat.Md, "table.md")]
    [InlineData(TableFormat.Csv, "table.csv")]
    [InlineData(TableFormat.Json, "table.json")]
    [InlineData(TableFormat.Html, "table.html")]
    public void Text_formats_match_their_approved_files(TableFormat format, string golden)
    {
        var bytes = Write(format);
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
        var text = new UTF8Encoding(false, true).GetString(bytes);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Golden.Verify($"Golden/{golden}", text);
    }

    [Fact]
    public void Xlsx_matches_its_approved_picture() =>
        Golden.Verify("Golden/table.xlsx.txt", XlsxDump.Of(Write(TableFormat.Xlsx)));

    [Fact]
    public void Writing_by_format_name_is_the_same_as_by_format()
    {
        var output = new MemoryStream();
        TableWriter.Write(SampleTable.Create(), "CSV", output);
        Assert.Equal(Write(TableFormat.Csv), output.ToArray());
    }

    [Fact]
    public void An_unknown_format_name_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => TableWriter.Write(SampleTable.Create(), "pdf", new MemoryStream()));
}
