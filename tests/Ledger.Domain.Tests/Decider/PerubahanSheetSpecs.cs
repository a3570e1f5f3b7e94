using Ledger.Domain.Events;
using Ledger.Domain.Tests.Support;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

public sealed class PerubahanSheetSpecs
{
    private const string Baru = "7.01.01.2.01.0010";
    private static readonly EventEnvelope[] AfterMurni = History(Murni.Import(Stage.Murni, "2019-12-31"));

    [Fact]
    public void A_perubahan_sheet_yields_only_what_changed()
    {
        var perubahan = Murni
            .With(Dokumen, pagu: 10_000_000, indicators: [Ind("Jumlah Dokumen Perencanaan Perangkat Daerah", 5, "Dokumen")])
            .With(Gaji, uraian: "Penyediaan Gaji dan Tunjangan ASN Kecamatan")
            .Without(Laporan)
            .Line(Baru, "Penanganan Dampak Covid-19 di Tingkat Kecamatan", 25_000_000, Ind("Jumlah Posko Covid-19", 3, "Posko"));

        Given(AfterMurni).When(perubahan.Import(Stage.Perubahan, "2020-08-05")).ThenChanges(
            new PaguRevised(K(Dokumen), Rp(12_400_000), Rp(10_000_000)),
            new TargetRevised(K(Dokumen), "Jumlah Dokumen Perencanaan Perangkat Daerah", Q(6, "Dokumen"), Q(5, "Dokumen")),
            new LineDescribed(K(Gaji), "Penyediaan Gaji dan Tunjangan ASN Kecamatan", LineAttributes.None),
            new LineOpened(K(Baru), Level.SubKegiatan, K(Kegiatan11), "Penanganan Dampak Covid-19 di Tingkat Kecamatan", LineAttributes.None),
            new PaguAllocated(K(Baru), Rp(25_000_000)),
            new IndicatorDefined(K(Baru), "Jumlah Posko Covid-19", "Posko", Arah.Naik),
            new TargetSet(K(Baru), "Jumlah Posko Covid-19", Q(3, "Posko")),
            new LineRemoved(K(Laporan)));
    }

    [Fact]
    public void A_revised_pagu_carries_its_previous_and_new_amount() =>
        Given(AfterMurni).When(Murni.With(Forkopimka, pagu: 18_620_000).Import(Stage.Perubahan, "2020-08-05"))
            .ThenChanges(new PaguRevised(K(Forkopimka), Rp(31_418_250), Rp(18_620_000)));

    [Fact]
    public void A_second_revision_starts_from_the_latest_amount()
    {
        var refocused = Murni.With(Forkopimka, pagu: 20_000_000);

        Given(History(Murni.Import(Stage.Murni, "2019-12-31"), refocused.Import(Stage.Refocusing, "2020-04-20")))
            .When(refocused.With(Forkopimka, pagu: 18_620_000).Import(Stage.Perubahan, "2020-08-05"))
            .ThenChanges(new PaguRevised(K(Forkopimka), Rp(20_000_000), Rp(18_620_000)));
    }

    [Fact]
    public void Dropping_a_kegiatan_removes_it_and_its_sub_kegiatan_in_code_order() =>
        Given(AfterMurni).When(Murni.Without(Kegiatan11, Dokumen, Laporan).Import(Stage.Refocusing, "2020-04-20"))
            .ThenChanges(new LineRemoved(K(Kegiatan11)), new LineRemoved(K(Dokumen)), new LineRemoved(K(Laporan)));

    [Fact]
    public void A_line_removed_at_refocusing_and_back_in_the_perubahan_is_opened_again()
    {
        var history = History(Murni.Import(Stage.Murni, "2019-12-31"), Murni.Without(Laporan).Import(Stage.Refocusing, "2020-04-20"));

        Given(history).When(Murni.With(Laporan, pagu: 2_000_000).Import(Stage.Perubahan, "2020-08-05")).ThenChanges(
            new LineOpened(K(Laporan), Level.SubKegiatan, K(Kegiatan11), "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", LineAttributes.None),
            new PaguAllocated(K(Laporan), Rp(2_000_000)),
            new IndicatorDefined(K(Laporan), "Jumlah Laporan Capaian Kinerja", "Laporan", Arah.Naik),
            new TargetSet(K(Laporan), "Jumlah Laporan Capaian Kinerja", Q(4, "Laporan")));
    }

    [Fact]
    public void An_indicator_missing_from_the_sheet_is_dropped() =>
        Given(AfterMurni)
            .When(Murni.With(Forkopimka, indicators: [Ind("Jumlah Rapat Koordinasi Forkopimka", 12, "Kali")]).Import(Stage.Perubahan, "2020-08-05"))
            .ThenChanges(new IndicatorDropped(K(Forkopimka), "Persentase rekomendasi yang ditindaklanjuti"));

    [Fact]
    public void A_target_in_another_unit_redefines_the_indicator_before_revising_the_target() =>
        Given(AfterMurni)
            .When(Murni.With(Gaji, indicators: [Ind("Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", 100, "%")]).Import(Stage.Perubahan, "2020-08-05"))
            .ThenChanges(
                new IndicatorDefined(K(Gaji), "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "%", Arah.Naik),
                new TargetRevised(K(Gaji), "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", Q(24, "Orang"), Q(100, "%")));

    [Fact]
    public void An_indicator_name_differing_only_in_spacing_and_case_is_the_same_indicator() =>
        Given(AfterMurni)
            .When(Murni.With(Gaji, indicators: [Ind("jumlah  orang yang menerima gaji dan tunjangan  ASN", 24, "Orang")]).Import(Stage.Perubahan, "2020-08-05"))
            .ThenChanges();

    [Fact]
    public void A_sheet_without_an_indicator_column_leaves_indicators_alone() =>
        Given(AfterMurni)
            .When(Murni.With(Gaji, pagu: 600_000_000, indicators: []).Import(Stage.Perubahan, "2020-08-05", hasIndicators: false))
            .ThenChanges(new PaguRevised(K(Gaji), Rp(604_585_370), Rp(600_000_000)));

    [Fact]
    public void Changed_attributes_describe_the_line_again()
    {
        var attributes = new LineAttributes("MANGKUTANA", "DAU", null);

        Given(AfterMurni).When(Murni.With(Gaji, attributes: attributes).Import(Stage.Perubahan, "2020-08-05"))
            .ThenChanges(new LineDescribed(K(Gaji), "Penyediaan Gaji dan Tunjangan ASN", attributes));
    }

    [Fact]
    public void A_line_naming_the_same_indicator_twice_is_rejected_at_its_indikator_cell()
    {
        var sheet = Murni.With(Gaji, indicators: [
            Ind("Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", 24, "Orang"),
            Ind("Jumlah orang yang menerima gaji dan tunjangan ASN", 0, "Orang")]);

        Given().When(sheet.Import(Stage.Murni, "2019-12-31")).ThenRejected(containing: "twice", kode: Gaji, field: "indikator");
    }
}
