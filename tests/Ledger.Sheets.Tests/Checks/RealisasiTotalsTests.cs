using static Ledger.Sheets.Tests.Checks.RealisasiSheets;

namespace Ledger.Sheets.Tests.Checks;

/// <summary>Printed parent realisasi and grand totals against the sum of the leaves below.</summary>
public class RealisasiTotalsTests
{
    private const string Budget = """
        kode,uraian,pagu
        7.01,Program,
        7.01.01,Kegiatan,
        7.01.01.2.01,Sub A,100
        7.01.01.2.02,Sub B,100
        7.01.02,Kegiatan 2,
        7.01.02.2.01,Sub C,100
        """;

    [Fact]
    public void Given_a_parent_whose_printed_realisasi_is_not_its_leaves_sum_then_it_is_a_finding() =>
        Assert.Equal(["7.01 realisasi differs from the sum of the leaves below: printed 10, computed 9"],
            Said(Check("kode,realisasi\n7.01,10\n7.01.01,4\n7.01.02,5\n")));

    [Fact]
    public void Given_nested_parents_then_each_is_checked_against_its_leaves_not_the_printed_totals_between()
    {
        // The kegiatan prints 9 (wrong); the program prints 10, which its leaves do give.
        var findings = Check("kode,realisasi\n7.01,10\n7.01.01,9\n7.01.01.2.01,6\n7.01.01.2.02,4\n");
        Assert.Equal(["7.01.01 realisasi differs from the sum of the leaves below: printed 9, computed 10"], Said(findings));
        Assert.Equal(3, findings[0].Row);
    }

    [Fact]
    public void Given_a_dash_on_a_parent_then_it_is_a_printed_zero_and_is_checked()
    {
        Assert.Equal(["7.01 realisasi differs from the sum of the leaves below: printed 0, computed 5"],
            Said(Check("kode,realisasi\n7.01,-\n7.01.01,5\n")));
        Assert.Empty(Check("kode,realisasi\n7.01,-\n7.01.01,-\n7.01.02,\n"));
    }

    [Fact]
    public void Given_an_empty_cell_on_a_parent_then_nothing_is_printed_and_nothing_is_checked() =>
        Assert.Empty(Check("kode,realisasi\n7.01,\n7.01.01,5\n"));

    [Fact]
    public void Given_the_budget_then_the_budgets_leaves_count_and_leaves_missing_from_the_sheet_count_0()
    {
        // 7.01.01.2.02 and the whole of 7.01.02 are not in the sheet: the program's leaves sum to 30.
        var findings = Check("kode,realisasi\n7.01,30\n7.01.01,40\n7.01.01.2.01,30\n", Budget);
        Assert.Equal(["7.01.01 realisasi differs from the sum of the leaves below: printed 40, computed 30"], Said(findings));
    }

    [Fact]
    public void Given_the_budget_then_a_line_that_is_a_leaf_in_the_sheet_but_a_parent_in_the_budget_prints_a_total()
    {
        // 7.01.02 has no child in the sheet, but the budget's 7.01.02.2.01 is below it with nothing reported.
        var findings = Check("kode,realisasi\n7.01,30\n7.01.01,30\n7.01.01.2.01,30\n7.01.02,25\n", Budget);
        Assert.Equal(["7.01.02 realisasi differs from the sum of the leaves below: printed 25, computed 0"], Said(findings));
        // Without the budget the same line is a leaf, and its 25 belongs to the program's sum.
        Assert.Equal(["7.01 realisasi differs from the sum of the leaves below: printed 30, computed 55"],
            Said(Check("kode,realisasi\n7.01,30\n7.01.01,30\n7.01.01.2.01,30\n7.01.02,25\n")));
    }

    [Fact]
    public void Given_a_printed_grand_total_then_it_is_checked_against_the_leaves()
    {
        var sheet = "kode,uraian,realisasi\n7.01,P,\n7.01.01,K,5\n7.02,Q,-\n,JUMLAH,5\n,TOTAL,8\n";
        Assert.Equal(["JUMLAH TOTAL differs from the sum of the leaves' realisasi: printed 8, computed 5"], Said(Check(sheet)));
        Assert.Equal(6, Check(sheet)[0].Row);
    }

    [Fact]
    public void Given_the_budget_then_a_grand_total_counts_only_the_budgets_leaves()
    {
        var findings = Check("kode,uraian,realisasi\n7.01,P,60\n7.01.01,K,\n7.01.01.2.01,A,20\n7.01.02.2.01,C,40\n,JUMLAH,70\n", Budget);
        Assert.Equal(["JUMLAH JUMLAH differs from the sum of the leaves' realisasi: printed 70, computed 60"], Said(findings));
    }

    [Fact]
    public void Given_consistent_totals_then_nothing_is_reported() =>
        Assert.Empty(Check("kode,uraian,realisasi\n7.01,P,Rp 1.500.000\n7.01.01,A,\"1.000.000,00\"\n7.01.02,B,500.000\n,JUMLAH,1.500.000\n"));
}
