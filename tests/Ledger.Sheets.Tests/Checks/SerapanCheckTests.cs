using static Ledger.Sheets.Tests.Checks.RealisasiSheets;

namespace Ledger.Sheets.Tests.Checks;

/// <summary>serapan_pct = Σ realisasi ÷ Σ pagu of the leaves below × 100, with the budget sheet.</summary>
public class SerapanCheckTests
{
    private const string Budget = """
        kode,uraian,pagu
        7.01,Program,
        7.01.01,Sub A,300
        7.01.02,Sub B,100
        7.01.03,Sub C,-
        7.02,Program 2,
        7.02.01,Sub D,-
        """;

    [Fact]
    public void Given_a_parent_then_its_serapan_is_over_the_leaves_below_and_a_missing_leaf_counts_0()
    {
        // 7.01.02 is not in the sheet: 150 of 300 + 100 = 37,5%.
        Assert.Empty(Check("kode,realisasi,serapan_pct\n7.01,150,\"37,50\"\n7.01.01,150,50\n", Budget));
        Assert.Equal(["7.01 serapan_pct does not follow from realisasi / pagu: printed 50, computed 37.50"],
            Said(Check("kode,realisasi,serapan_pct\n7.01,150,50\n7.01.01,150,50\n", Budget)));
    }

    [Fact]
    public void Given_a_parent_with_no_realisasi_below_then_its_serapan_is_0() =>
        Assert.Equal(["7.01 serapan_pct does not follow from realisasi / pagu: printed 37, computed 0.00"],
            Said(Check("kode,realisasi,serapan_pct\n7.01,,37\n", Budget)));

    [Fact]
    public void Given_pagu_0_then_there_is_no_serapan_to_check_only_realisasi_above_it() =>
        Assert.Equal(["7.01.03 realisasi exceeds its pagu by 5: printed 5, computed 0"],
            Said(Check("kode,realisasi,serapan_pct\n7.01.03,5,12\n7.02,-,99\n", Budget)));

    [Fact]
    public void Given_no_budget_then_serapan_is_not_checked() =>
        Assert.Empty(Check("kode,realisasi,serapan_pct\n7.01,150,99\n7.01.01,150,99\n"));

    [Fact]
    public void Given_a_kode_the_budget_does_not_have_then_its_serapan_is_not_checked() =>
        Assert.Empty(Check("kode,realisasi,serapan_pct\n7.09,150,99\n", Budget));

    [Fact]
    public void Given_findings_on_several_rows_then_they_come_in_row_order()
    {
        var findings = Check("kode,realisasi,serapan_pct\n7.01.02,50,49\n7.01,150,50\n7.01.01,100,\"33,33\"\n", Budget);
        Assert.Equal([2, 3], findings.Select(f => f.Row));
        Assert.Equal(["7.01.02", "7.01"], findings.Select(f => f.Kode));
    }
}
