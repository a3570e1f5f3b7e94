using static Ledger.Sheets.Tests.Checks.RealisasiSheets;

namespace Ledger.Sheets.Tests.Checks;

/// <summary>capaian_pct per indicator against realisasi_kinerja and the budget's target and arah.</summary>
public class CapaianCheckTests
{
    private const string Budget = """
        kode,uraian,pagu,indikator,target,arah
        7.01,Program,,,,
        7.01.01,Gaji,10,Jumlah ASN,22 Orang,naik
        7.01.02,Kasus,10,Jumlah kasus,10 Kasus,turun
        7.01.03,Tanpa target,10,Jumlah dokumen,,naik
        7.01.04,Target nol,10,Jumlah unit,0 Unit,naik
        7.01.05,Dua,10,Indeks A; Indeks B,"78,5; 100%",naik
        """;

    private static string[] Capaian(string kode, string indikator, string realisasi, string printed) =>
        Said(Check($"kode,realisasi,indikator,realisasi_kinerja,capaian_pct\n{kode},,{indikator},\"{realisasi}\",\"{printed}\"\n", Budget));

    [Fact]
    public void Given_naik_then_capaian_is_realisasi_over_target()
    {
        Assert.Empty(Capaian("7.01.01", "Jumlah ASN", "20 Orang", "90,91"));
        Assert.Empty(Capaian("7.01.01", "Jumlah ASN", "20 Orang", "91"));
        Assert.Equal(["7.01.01 capaian_pct truncated, not rounded: printed 90.90, computed 90.91"],
            Capaian("7.01.01", "Jumlah ASN", "20 Orang", "90,90"));
        // 90,909…: one decimal rounds to 90,9 as it truncates; none rounds to 91 but truncates to 90.
        Assert.Empty(Capaian("7.01.01", "Jumlah ASN", "20 Orang", "90,9"));
        Assert.Equal(["7.01.01 capaian_pct truncated, not rounded: printed 90, computed 90.91"],
            Capaian("7.01.01", "Jumlah ASN", "20 Orang", "90"));
        Assert.Equal(["7.01.01 capaian_pct does not follow from realisasi_kinerja / target: printed 91.67, computed 90.91"],
            Capaian("7.01.01", "Jumlah ASN", "20 Orang", "91,67"));
    }

    [Fact]
    public void Given_turun_then_capaian_is_twice_the_target_less_realisasi_over_target()
    {
        // 8 cases against a ceiling of 10: (20 − 8) ÷ 10 = 120%.
        Assert.Empty(Capaian("7.01.02", "Jumlah kasus", "8", "120"));
        Assert.Equal(["7.01.02 capaian_pct does not follow from (2 x target - realisasi_kinerja) / target (arah turun): printed 80, computed 120.00"],
            Capaian("7.01.02", "Jumlah kasus", "8", "80"));
        // 13 cases: (20 − 13) ÷ 10 = 70%, never a negative share of the target.
        Assert.Empty(Capaian("7.01.02", "Jumlah kasus", "13", "70,0"));
    }

    [Fact]
    public void Given_no_target_or_target_0_then_there_is_nothing_to_check()
    {
        Assert.Empty(Capaian("7.01.03", "Jumlah dokumen", "3", "999"));
        Assert.Empty(Capaian("7.01.04", "Jumlah unit", "3", "999"));
    }

    [Fact]
    public void Given_no_realisasi_kinerja_or_no_print_then_there_is_nothing_to_check()
    {
        Assert.Empty(Capaian("7.01.01", "Jumlah ASN", "-", "999"));
        Assert.Empty(Capaian("7.01.01", "Jumlah ASN", "20", "-"));
    }

    [Fact]
    public void Given_no_budget_then_there_is_no_target_and_capaian_is_not_checked() =>
        Assert.Empty(Check("kode,realisasi,indikator,realisasi_kinerja,capaian_pct\n7.01.01,,Jumlah ASN,20,999\n"));

    [Fact]
    public void Given_indicators_then_they_pair_with_the_budgets_by_name_whatever_the_spacing_and_case()
    {
        Assert.Equal(["7.01.01 capaian_pct does not follow from realisasi_kinerja / target: printed 50, computed 90.91"],
            Capaian("7.01.01", "jumlah  asn", "20", "50"));
        Assert.Empty(Capaian("7.01.01", "Jumlah PNS", "20", "50"));
    }

    [Fact]
    public void Given_several_indicators_then_each_is_checked_and_a_finding_names_its_position()
    {
        // Reported in the other order than the budget's: names, not positions, find the targets.
        Assert.Empty(Capaian("7.01.05", "Indeks B; Indeks A", "93,50%; 84,05", "93,50; 107"));
        Assert.Equal(["7.01.05 capaian_pct of indikator 2 does not follow from realisasi_kinerja / target: printed 108, computed 107.07"],
            Capaian("7.01.05", "Indeks B; Indeks A", "93,50%; 84,05", "93,50; 108"));
    }
}
