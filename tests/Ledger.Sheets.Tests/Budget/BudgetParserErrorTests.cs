using static Ledger.Sheets.Tests.Budget.BudgetSheets;

namespace Ledger.Sheets.Tests.Budget;

public class BudgetParserErrorTests
{
    private const string Header = "kode,uraian,pagu,indikator,target,arah\n";

    [Theory]
    [InlineData("uraian,pagu\na,5\n", "bad.csv:1:0 missing required column kode")]
    [InlineData("kode,pagu\n7.01,5\n", "bad.csv:1:0 missing required column uraian")]
    [InlineData("kode,uraian\n7.01,a\n", "bad.csv:1:0 missing required column pagu")]
    [InlineData("kode,uraian,pagu,PAGU\n7.01,a,5,6\n", "bad.csv:1:4 column pagu appears twice (columns 3 and 4)")]
    public void Given_a_bad_header_then_the_error_is_in_row_1(string csv, string expected) =>
        Assert.Equal(expected, Error(csv));

    [Fact]
    public void Given_a_bad_kode_then_the_error_points_at_the_kode_cell() =>
        Assert.Equal("bad.csv:3:1 kode '7.01.a1' has a segment 'a1' that is not a number",
            Error(Header + "7.01,Program,5\n7.01.a1,Kegiatan,5\n"));

    [Fact]
    public void Given_a_kode_seen_before_then_the_error_names_the_first_row() =>
        Assert.Equal("bad.csv:4:1 duplicate kode 7.01.01 (first at row 3)",
            Error(Header + "7.01,Program,\n7.01.01,Kegiatan,5\n7.01. 01,Kegiatan lagi,5\n"));

    [Fact]
    public void Given_an_empty_kode_on_a_row_that_is_no_total_then_it_is_an_error() =>
        Assert.Equal("bad.csv:4:1 kode is empty on a row that is not a JUMLAH or TOTAL row",
            Error(Header + "7.01,Program,\n7.01.01,Kegiatan,5\n,Belanja pegawai,5\n"));

    [Fact]
    public void Given_a_pagu_that_is_no_amount_then_the_error_quotes_it() =>
        Assert.Equal("bad.csv:5:3 pagu '12x' is not a Rupiah amount",
            Error(Header + "7.01,Program,\n7.01.01,Kegiatan,5\n7.01.02,Kegiatan,7\n7.01.03,Kegiatan,12x\n"));

    [Fact]
    public void Given_a_pagu_with_sen_then_it_is_refused() =>
        Assert.Equal("bad.csv:3:3 pagu '1.234,50' has sen (,50); Rupiah amounts in budgets are whole",
            Error(Header + "7.01,Program,\n7.01.01,Kegiatan,\"1.234,50\"\n"));

    [Fact]
    public void Given_a_bad_pagu_on_a_total_row_then_it_is_an_error() =>
        Assert.Equal("bad.csv:4:3 pagu 'lima' is not a Rupiah amount",
            Error(Header + "7.01,Program,\n7.01.01,Kegiatan,5\n,JUMLAH,lima\n"));

    [Fact]
    public void Given_a_target_that_is_no_number_then_the_error_points_at_the_target_cell() =>
        Assert.Equal("bad.csv:3:5 target 'dua Orang' is not a number with an optional unit",
            Error(Header + "7.01,Program,\n7.01.01,Kegiatan,5,Jumlah aparatur; Jumlah laporan,1 Dokumen; dua Orang\n"));

    [Fact]
    public void Given_more_targets_than_indicators_then_it_is_an_error_at_the_target_cell() =>
        Assert.Equal("bad.csv:3:5 target has 2 values for 1 indikator",
            Error(Header + "7.01,Program,\n7.01.01,Kegiatan,5,Jumlah aparatur,2 Orang; 0 Orang\n"));

    [Fact]
    public void Given_targets_without_indicators_then_it_is_an_error_at_the_target_cell() =>
        Assert.Equal("bad.csv:3:5 target has 1 value but the line has no indikator",
            Error(Header + "7.01,Program,\n7.01.01,Kegiatan,5,,2 Orang\n"));

    [Fact]
    public void Given_an_arah_that_is_neither_naik_nor_turun_then_it_is_an_error() =>
        Assert.Equal("bad.csv:3:6 arah 'naikk' is not naik or turun",
            Error(Header + "7.01,Program,\n7.01.01,Kegiatan,5,Jumlah aparatur,2 Orang,naikk\n"));

    [Fact]
    public void Given_an_empty_indicator_name_between_others_then_it_is_an_error() =>
        Assert.Equal("bad.csv:3:4 indikator name 2 of 3 is empty",
            Error(Header + "7.01,Program,\n7.01.01,Kegiatan,5,A;;B\n"));

    [Fact]
    public void Given_a_line_without_uraian_then_it_is_an_error() =>
        Assert.Equal("bad.csv:3:2 uraian of 7.01.01 is empty", Error(Header + "7.01,Program,\n7.01.01, ,5\n"));

    [Fact]
    public void Given_a_kegiatan_whose_program_is_missing_then_its_parent_is_missing() =>
        Assert.Equal("bad.csv:4:1 parent of 0.00.4.36.08.04.03 is missing from the sheet",
            Error("kode,uraian,pagu\n0.00.4.36.08.01,Program,\n0.00.4.36.08.01.01,Kegiatan,5\n0.00.4.36.08.04.03,Bimtek,5\n"));

    [Fact]
    public void Given_a_missing_parent_before_a_bad_cell_then_the_cell_error_comes_first() =>
        Assert.Equal("bad.csv:5:3 pagu 'x' is not a Rupiah amount",
            Error("kode,uraian,pagu\n7.01,Program,\n7.02.01,Orphan,5\n7.01.01,Kegiatan,5\n7.01.02,Kegiatan,x\n"));

    [Fact]
    public void Given_four_levels_then_the_deepest_is_an_error() =>
        Assert.Equal("bad.csv:5:1 kode 7.01.01.2.01.0001.1 is 4 levels deep; a budget has only program, kegiatan and sub kegiatan",
            Error("kode,uraian,pagu\n7.01.01,P,\n7.01.01.2.01,K,\n7.01.01.2.01.0001,S,\n7.01.01.2.01.0001.1,Rincian,5\n"));

    [Fact]
    public void Given_a_kode_longer_than_any_real_one_then_it_is_refused() =>
        Assert.StartsWith("bad.csv:2:1 kode is longer than 64 characters",
            Error("kode,uraian,pagu\n" + string.Join('.', Enumerable.Repeat("1", 40)) + ",x,5\n"));

    [Fact]
    public void Given_only_a_header_then_there_are_no_lines() =>
        Assert.Equal("bad.csv:1:0 the sheet has no budget lines below the header", Error(Header));

    [Fact]
    public void Given_leaves_whose_sum_overflows_then_it_is_an_error_not_an_exception() =>
        Assert.Equal("bad.csv:4:3 pagu makes the sheet's total larger than the ledger can hold",
            Error("kode,uraian,pagu\n7.01,P,\n7.01.01,K,9.000.000.000.000.000.000\n7.01.02,K,(9.000.000.000.000.000.000)\n"));
}
