using Ledger.Sheets.Checks;
using static Ledger.Sheets.Tests.Budget.BudgetSheets;

namespace Ledger.Sheets.Tests.Checks;

public class BudgetChecksTests
{
    [Fact]
    public void Given_a_parent_whose_printed_pagu_is_not_its_childrens_sum_then_it_is_a_finding()
    {
        var findings = BudgetChecks.Run(Valid("kode,uraian,pagu\n7.01,P,604.585.370\n7.01.01,K,604.585.000\n7.01.02,K,\n"));
        Assert.Equal([new Finding("7.01", 2, "pagu differs from the sum of its children", "604585370", "604585000")], findings);
    }

    [Fact]
    public void Given_nested_parents_then_each_is_checked_against_its_leaves_not_printed_sums()
    {
        // The kegiatan prints 9 (wrong); the program prints 10, which its leaves do give.
        var findings = BudgetChecks.Run(Valid("""
            kode,uraian,pagu
            7.01.01,P,10
            7.01.01.2.01,K,9
            7.01.01.2.01.0001,S,6
            7.01.01.2.01.0002,S,4
            """));
        Assert.Equal(["7.01.01.2.01 printed 9 computed 10"], findings.Select(f => $"{f.Kode} printed {f.Printed} computed {f.Computed}"));
    }

    [Fact]
    public void Given_printed_totals_then_each_is_checked_against_the_leaves()
    {
        var findings = BudgetChecks.Run(Valid("kode,uraian,pagu\n7.01,P,\n7.01.01,K,5\n7.02,Q,(3)\n,JUMLAH,2\n,TOTAL,8\n"));
        Assert.Equal(
            [new Finding("JUMLAH", 6, "printed total 'TOTAL' differs from the sum of the leaves' pagu", "8", "2")],
            findings);
    }

    [Fact]
    public void Given_a_parent_without_a_printed_pagu_then_there_is_nothing_to_check() =>
        Assert.Empty(BudgetChecks.Run(Valid("kode,uraian,pagu\n7.01,P,\n7.01.01,K,5\n")));

    [Fact]
    public void Given_a_dash_on_a_parent_then_it_is_a_printed_zero_and_is_checked()
    {
        Assert.Equal(["7.01 printed 0 computed 5"],
            BudgetChecks.Run(Valid("kode,uraian,pagu\n7.01,P,-\n7.01.01,K,5\n")).Select(f => $"{f.Kode} printed {f.Printed} computed {f.Computed}"));
        Assert.Empty(BudgetChecks.Run(Valid("kode,uraian,pagu\n7.01,P,-\n7.01.01,K,-\n7.01.02,K,\n")));
    }

    [Fact]
    public void A_finding_prints_as_one_line() =>
        Assert.Equal("7.01\tpagu differs from the sum of its children\tprinted 5\tcomputed 4",
            new Finding("7.01", 2, "pagu differs from the sum of its children", "5", "4").ToString());
}
