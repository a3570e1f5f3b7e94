using System.Text;
using Ledger.Domain.Values;
using Ledger.Sheets.Writing;

namespace Ledger.Sheets.Tests.Writing;

/// <summary>
/// Targets and phrases reach the writers as typed values (Quantity, Money) and are worded there, exactly as the text the
/// application used to build: every format prints the same bytes for the typed cell as for that text.
/// </summary>
public sealed class TypedTextCellTests
{
    private static readonly Column[] Columns = [new("target", CellKind.Text), new("rincian", CellKind.Text)];

    public static TheoryData<TableFormat> Formats() => [.. Enum.GetValues<TableFormat>()];

    private static string Written(TableFormat format, Cell target, Cell rincian)
    {
        using var output = new MemoryStream();
        TableWriter.Write(new Table("t", Columns, [[target, rincian]]), format, output);
        return format == TableFormat.Xlsx ? XlsxDump.Of(output.ToArray()) : Encoding.UTF8.GetString(output.ToArray());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Given_targets_and_a_phrase_with_money_when_written_then_each_format_words_them_as_the_printed_text(TableFormat format)
    {
        var targets = Cell.OfTargets([new Quantity(3813, "Porsi"), new Quantity(78.5m, "%"), null]);
        Money from = new(56_282_248), to = new(49_800_000);
        var phrase = Cell.OfPhrase($"pagu {from} → {to} ({to - from:+})");

        Assert.Equal(
            Written(format, Cell.OfText("3.813 Porsi; 78,5%; -"), Cell.OfText("pagu Rp 56.282.248 → Rp 49.800.000 ((6.482.248))")),
            Written(format, targets, phrase));
    }

    [Fact]
    public void Given_an_increase_when_worded_with_the_sign_format_then_it_reads_plus_rupiah()
    {
        Money change = new(5_000);
        Assert.Equal("+Rp 5.000 dan +Rp 0", CellRendering.Words(Cell.OfPhrase($"{change:+} dan {Money.Zero:+}")));
    }

    [Fact]
    public void Given_a_line_without_targets_at_a_stage_then_its_cell_is_empty() =>
        Assert.Equal((Cell.Empty, Cell.Empty), (Cell.OfTargets(null), Cell.OfTargets([])));

    [Fact]
    public void Given_a_target_that_starts_like_a_formula_when_written_as_csv_then_it_is_neutralised_as_text_is()
    {
        var lines = Written(TableFormat.Csv, Cell.OfTargets([null]), Cell.Empty).Split('\n');
        Assert.Equal("'-,", lines[1]);
    }
}
