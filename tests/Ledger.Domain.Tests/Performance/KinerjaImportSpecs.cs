using Ledger.Domain.Events;
using Ledger.Domain.Values;
using static Ledger.Testing.Performance.TowutiFramework;
using static Ledger.Testing.Specs.PerformanceSpec;

namespace Ledger.Domain.Tests.Performance;

public sealed class KinerjaImportSpecs
{
    [Fact]
    public void Given_the_PK_2023_when_the_Triwulan_IV_pengukuran_is_imported_then_each_realisasi_is_reported_in_the_PK_s_satuan() =>
        PerformanceSpec.Given(History(Pk2023())).When(Kinerja2023Tw4).ThenChanges(
            new PengukuranReported(Ikm, new Quantity(84.05m, "Nilai")),
            new PengukuranReported(CapaianProgram, new Quantity(93.50m, "%")));

    [Fact]
    public void Given_the_pengukuran_when_the_same_sheet_is_imported_again_then_nothing_is_appended() =>
        PerformanceSpec.Given(History(Pk2023(), Kinerja2023Tw4)).When(Kinerja2023Tw4).ThenNothing();

    [Fact]
    public void Given_the_pengukuran_when_a_sheet_for_the_same_period_end_changes_a_realisasi_then_a_revision_carries_both()
    {
        var corrected = Kinerja(2023, "2023-12-31", (2, Ikm, 84.10m, ""), (3, CapaianProgram, 93.50m, "%"));

        PerformanceSpec.Given(History(Pk2023(), Kinerja2023Tw4)).When(corrected)
            .ThenChanges(new PengukuranRevised(Ikm, new Quantity(84.05m, "Nilai"), new Quantity(84.10m, "Nilai")));
    }

    [Fact]
    public void Given_the_pengukuran_of_Triwulan_II_when_Triwulan_IV_is_imported_then_it_is_a_new_report_not_a_revision() =>
        PerformanceSpec.Given(History(Pk2023(), Kinerja(2023, "2023-06-30", (2, Ikm, 80, ""))))
            .When(Kinerja(2023, "2023-12-31", (2, Ikm, 84.05m, "")))
            .ThenChanges(new PengukuranReported(Ikm, new Quantity(84.05m, "Nilai")));

    [Fact]
    public void Given_no_PK_for_the_year_when_a_kinerja_sheet_is_imported_then_its_first_row_is_refused() =>
        PerformanceSpec.Given().When(Kinerja2023Tw4).ThenRejected("indikator 'Indeks Kepuasan Masyarakat' has no PK: Kecamatan Towuti has no Perjanjian Kinerja for 2023", field: "indikator", row: 2);

    [Fact]
    public void Given_the_PK_when_a_row_names_an_indicator_not_in_it_then_the_row_is_refused_naming_the_closest_PK_indicator() =>
        PerformanceSpec.Given(History(Pk2023())).When(Kinerja(2023, "2023-12-31", (2, Ikm, 84.05m, ""), (3, "Nilai LAKIP", 70, "")))
            .ThenRejected("indikator 'Nilai LAKIP' is not in the 2023 PK of Kecamatan Towuti; the closest is", field: "indikator", row: 3);

    [Fact]
    public void When_the_period_end_lies_outside_the_fiscal_year_then_the_sheet_is_refused() =>
        PerformanceSpec.Given(History(Pk2023())).When(Kinerja(2023, "2024-03-31", (2, Ikm, 84.05m, ""))).ThenRejected("outside fiscal year 2023", field: "period");
}
