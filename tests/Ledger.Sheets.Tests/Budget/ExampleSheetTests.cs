using Ledger.Domain.Values;
using Ledger.Sheets.Budget;
using Ledger.Sheets.Checks;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Tests.Support;

namespace Ledger.Sheets.Tests.Budget;

/// <summary>The two real sheets of Kecamatan Mangkutana, 2020 (Permendagri 13/2006 kodes).</summary>
public class ExampleSheetTests
{
    private static BudgetSheet Parse(string name) =>
        BudgetSheetParser.Parse(SheetReader.Read(TestFiles.Data(name)).ValueOrThrow()).ValueOrThrow();

    [Fact]
    public void Murni_has_9_programs_and_31_kegiatan_whose_pagu_sum_to_905_397_900()
    {
        var sheet = Parse("mangkutana-2020-murni.csv");
        Assert.Equal(40, sheet.Lines.Count);
        Assert.Equal(9, sheet.Lines.Count(l => l.Level == Level.Program));
        Assert.Equal(31, sheet.Lines.Count(l => l.Level == Level.Kegiatan));
        Assert.All(sheet.Lines, l => Assert.Equal(l.Level == Level.Kegiatan, l.IsLeaf));
        Assert.Equal(new Money(905_397_900), sheet.LeafTotal);
        Assert.Empty(sheet.Totals);
    }

    [Fact]
    public void Perubahan_leaves_sum_to_569_287_900()
    {
        var sheet = Parse("mangkutana-2020-perubahan.csv");
        Assert.Equal(new Money(569_287_900), sheet.LeafTotal);
        Assert.All(sheet.Lines.Where(l => l.Level == Level.Kegiatan), l => Assert.NotNull(l.Parent));
    }

    [Fact]
    public void A_kegiatan_line_carries_its_parent_indicators_targets_and_attributes()
    {
        var sheet = Parse("mangkutana-2020-murni.csv");
        var line = sheet.Find(Kode.Parse("0.00.4.36.08.04.03"))!;
        Assert.Equal(Kode.Parse("0.00.4.36.08.04"), line.Parent);
        Assert.Equal("Bimbingan Teknis Implementasi Peraturan Perundang-undangan", line.Uraian);
        Assert.Equal(new Money(5_000_000), line.Pagu);
        Assert.Equal(3, line.Row);
        Assert.Equal(
            [
                new IndicatorSpec("Jumlah aparatur yang ditingkatkan kapasitasnya", new Quantity(2, "Orang"), Arah.Naik),
                new IndicatorSpec("Jumlah aparatur yang mengikuti bimbingan teknis implementasi peraturan perundang-undangan",
                    new Quantity(0, "Orang"), Arah.Naik),
            ],
            line.Indicators);
        Assert.Equal(new LineAttributes("MANGKUTANA", null, null), line.Attributes);
        Assert.Equal(3, line.ColumnOf("pagu"));
        Assert.Equal(5, line.ColumnOf("target"));
    }

    [Fact]
    public void Programs_have_no_pagu_of_their_own_but_keep_the_printed_one()
    {
        var program = Parse("mangkutana-2020-murni.csv").Find(Kode.Parse("0.00.4.36.08.01"))!;
        Assert.Equal(Money.Zero, program.Pagu);
        Assert.Equal(new Money(604_585_370), program.PrintedPagu);
        Assert.False(program.IsLeaf);
        Assert.Null(program.Parent);
    }

    [Fact]
    public void Targets_with_grouping_decimals_and_percent_read_the_Indonesian_way()
    {
        var sheet = Parse("mangkutana-2020-murni.csv");
        Quantity? Target(string kode, int i) => sheet.Find(Kode.Parse(kode))!.Indicators[i].Target;
        Assert.Equal(new Quantity(3813, "Porsi"), Target("0.00.4.36.08.01.12", 0));
        Assert.Equal(new Quantity(150_000, "lembar"), Target("0.00.4.36.08.06.01", 0));
        Assert.Equal(new Quantity(0.38m, "rasio"), Target("4.36.4.36.08.69.01", 0));
        Assert.Equal(new Quantity(95, "%"), Target("4.36.4.36.08.70.01", 1));
    }

    [Fact]
    public void The_printed_program_sums_of_both_sheets_agree_with_their_kegiatan()
    {
        Assert.Empty(BudgetChecks.Run(Parse("mangkutana-2020-murni.csv")));
        Assert.Empty(BudgetChecks.Run(Parse("mangkutana-2020-perubahan.csv")));
    }
}
