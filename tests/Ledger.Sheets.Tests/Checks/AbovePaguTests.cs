using static Ledger.Sheets.Tests.Checks.RealisasiSheets;

namespace Ledger.Sheets.Tests.Checks;

/// <summary>Issue 11, finding 16: with its budget sheet, a leaf whose realisasi exceeds its pagu is a finding saying by how much.</summary>
public class AbovePaguTests
{
    private const string Budget = """
        kode,uraian,pagu
        7.01,Program,
        7.01.01,Sub A,1.000
        7.01.02,Sub B,500
        """;

    [Fact]
    public void Given_a_leaf_spending_11000_times_its_pagu_then_the_finding_says_by_how_much_and_how_many_times() =>
        Assert.Equal(["7.01.01 realisasi exceeds its pagu by 10999000, 11000x: printed 11000000, computed 1000"],
            Said(Check("kode,realisasi\n7.01.01,11.000.000\n7.01.02,500\n", Budget)));

    [Fact]
    public void Given_a_leaf_spending_its_whole_pagu_then_there_is_no_finding() =>
        Assert.Empty(Check("kode,realisasi\n7.01.01,1.000\n7.01.02,500\n", Budget));

    [Fact]
    public void Given_a_parent_whose_printed_total_exceeds_its_pagu_then_only_its_leaf_is_named() =>
        Assert.Equal(["7.01.02 realisasi exceeds its pagu by 100: printed 600, computed 500"],
            Said(Check("kode,realisasi\n7.01,1.600\n7.01.01,1.000\n7.01.02,600\n", Budget)));

    [Fact]
    public void Given_no_budget_then_nothing_is_said_about_pagu() =>
        Assert.Empty(Check("kode,realisasi\n7.01.01,11.000.000\n"));
}
