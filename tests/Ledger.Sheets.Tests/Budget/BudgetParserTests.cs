using Ledger.Domain.Values;
using Ledger.Sheets.Budget;
using static Ledger.Sheets.Tests.Budget.BudgetSheets;

namespace Ledger.Sheets.Tests.Budget;

public class BudgetParserTests
{
    private const string Permendagri90 = """
        KODE;Uraian;Pagu;Indikator;Target;Arah;Sumber Dana;Kelompok-Sasaran
        7.01.01;PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH;;;;;;
        7.01.01.2.01;Perencanaan, Penganggaran, dan Evaluasi Kinerja;Rp 10.000.000,00;;;;;
        7.01.01.2.01.0001;Penyusunan Dokumen Perencanaan;"Rp 6.000.000,00";Jumlah Dokumen;3 Dokumen;;DAU;Aparatur
        7.01.01.2.01.0002;Evaluasi Kinerja;4.000.000,-;"Angka kemiskinan; Jumlah laporan";"12,5 %; 4 Laporan";"turun; naik";DAU;
        7.01.01.2.02;Administrasi Keuangan;-;;;;;
        7.01.01.2.02.0001;Gaji dan Tunjangan;;Jumlah Orang;;;;
        ;T O T A L;10.000.000;;;;;
        """;

    [Fact]
    public void Given_a_semicolon_sheet_with_three_levels_then_levels_and_parents_follow_the_kodes()
    {
        var sheet = Valid(Permendagri90);
        Assert.Equal(
            [Level.Program, Level.Kegiatan, Level.SubKegiatan, Level.SubKegiatan, Level.Kegiatan, Level.SubKegiatan],
            sheet.Lines.Select(l => l.Level));
        Assert.Equal(Kode.Parse("7.01.01.2.01"), sheet.Lines[2].Parent);
        Assert.Equal([false, false, true, true, false, true], sheet.Lines.Select(l => l.IsLeaf));
        Assert.Equal([2, 3, 4, 5, 6, 7], sheet.Lines.Select(l => l.Row));
    }

    [Fact]
    public void Given_pagu_cells_then_leaves_carry_them_and_parents_only_their_printed_values()
    {
        var sheet = Valid(Permendagri90);
        Assert.Equal([null, 10_000_000L, 6_000_000L, 4_000_000L, 0L, null], sheet.Lines.Select(l => l.PrintedPagu?.Rupiah));
        Assert.Equal([0L, 0L, 6_000_000L, 4_000_000L, 0L, 0L], sheet.Lines.Select(l => l.Pagu.Rupiah));
        Assert.Equal(new Money(10_000_000), sheet.LeafTotal);
    }

    [Fact]
    public void Given_indicators_targets_and_arah_then_they_pair_up_in_order()
    {
        var line = Valid(Permendagri90).Lines[3];
        Assert.Equal(
            [new IndicatorSpec("Angka kemiskinan", new Quantity(12.5m, "%"), Arah.Turun),
             new IndicatorSpec("Jumlah laporan", new Quantity(4, "Laporan"), Arah.Naik)],
            line.Indicators);
    }

    [Fact]
    public void Given_an_empty_target_cell_then_every_target_is_missing() =>
        Assert.Equal([new IndicatorSpec("Jumlah Orang", null, Arah.Naik)], Valid(Permendagri90).Lines[5].Indicators);

    [Fact]
    public void Given_attribute_columns_with_spaces_and_hyphens_in_their_names_then_they_are_found() =>
        Assert.Equal(new LineAttributes(null, "DAU", "Aparatur"), Valid(Permendagri90).Lines[2].Attributes);

    [Fact]
    public void Given_a_letter_spaced_total_row_then_it_is_a_printed_total() =>
        Assert.Equal([new Ledger.Sheets.Lines.PrintedTotal(8, "T O T A L", new Money(10_000_000))], Valid(Permendagri90).Totals);

    [Theory]
    [InlineData("JUMLAH")]
    [InlineData("Jumlah Belanja")]
    [InlineData("total")]
    [InlineData(" J U M L A H ")]
    public void Given_any_total_label_then_the_row_is_a_total(string label) =>
        Assert.Single(Valid($"kode,uraian,pagu\n7.01,P,\n7.01.01,K,5\n,{label},5\n").Totals);

    [Fact]
    public void Given_a_total_row_without_an_amount_then_there_is_nothing_to_check() =>
        Assert.Empty(Valid("kode,uraian,pagu\n7.01,P,\n7.01.01,K,5\n,JUMLAH,\n").Totals);

    [Fact]
    public void Given_one_arah_for_several_indicators_then_it_applies_to_all() =>
        Assert.All(Valid("kode,uraian,pagu,indikator,arah\n7.01,P,5,A; B; C,TURUN\n").Lines[0].Indicators,
            i => Assert.Equal(Arah.Turun, i.Arah));

    [Fact]
    public void Given_a_trailing_semicolon_then_it_adds_no_indicator() =>
        Assert.Equal(2, Valid("kode,uraian,pagu,indikator,target\n7.01,P,5,A; B;,1;2;\n").Lines[0].Indicators.Count);

    [Fact]
    public void Given_a_dash_target_then_that_indicator_has_none() =>
        Assert.Equal([null, new Quantity(2, "")],
            Valid("kode,uraian,pagu,indikator,target\n7.01,P,5,A; B,-; 2\n").Lines[0].Indicators.Select(i => i.Target));

    [Fact]
    public void Given_wrapped_names_then_white_space_is_collapsed()
    {
        var line = Valid("kode,uraian,pagu,indikator\n7.01,\"Program  Pelayanan\nAdministrasi\",5,\"Jumlah   ATK\n yang disediakan\"\n").Lines[0];
        Assert.Equal("Program Pelayanan Administrasi", line.Uraian);
        Assert.Equal("Jumlah ATK yang disediakan", line.Indicators[0].Name);
    }

    [Fact]
    public void Given_top_level_lines_of_one_length_then_all_are_programs() =>
        Assert.All(Valid("kode,uraian,pagu\n7.01.01.2.01.0001,A,5\n7.01.01.2.01.0002,B,5\n").Lines,
            l => Assert.Equal(Level.Program, l.Level));

    [Fact]
    public void Given_a_sheet_then_it_becomes_the_import_commands_lines()
    {
        var sheet = Valid(Permendagri90);
        var planned = PlannedLines.From(sheet);
        Assert.Equal(sheet.Lines.Select(l => (l.Kode, l.Pagu)), planned.Select(p => (p.Kode, p.Pagu)));
        Assert.Equal("12,5%", planned[3].Indicators[0].Target!.Value.ToIndonesian());
        Assert.True(sheet.HasIndicators);
        Assert.False(Valid("kode,uraian,pagu\n7.01,P,5\n").HasIndicators);
    }
}
