using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Tests.Support;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

public sealed class FirstMurniImportSpecs
{
    private static readonly LineAttributes None = LineAttributes.None;

    [Fact]
    public void The_first_murni_import_opens_lines_allocates_leaf_pagu_defines_indicators_and_sets_targets() =>
        Given().When(Murni.Import(Stage.Murni, "2019-12-31")).ThenChanges(
            new LineOpened(K(Program1), Level.Program, null, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None),
            new LineOpened(K(Kegiatan11), Level.Kegiatan, K(Program1), "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", None),
            new LineOpened(K(Dokumen), Level.SubKegiatan, K(Kegiatan11), "Penyusunan Dokumen Perencanaan Perangkat Daerah", None),
            new PaguAllocated(K(Dokumen), Rp(12_400_000)),
            new IndicatorDefined(K(Dokumen), "Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen", Arah.Naik),
            new TargetSet(K(Dokumen), "Jumlah Dokumen Perencanaan Perangkat Daerah", Q(6, "Dokumen")),
            new LineOpened(K(Laporan), Level.SubKegiatan, K(Kegiatan11), "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", None),
            new PaguAllocated(K(Laporan), Rp(3_500_000)),
            new IndicatorDefined(K(Laporan), "Jumlah Laporan Capaian Kinerja", "Laporan", Arah.Naik),
            new TargetSet(K(Laporan), "Jumlah Laporan Capaian Kinerja", Q(4, "Laporan")),
            new LineOpened(K(Kegiatan12), Level.Kegiatan, K(Program1), "Administrasi Keuangan Perangkat Daerah", None),
            new LineOpened(K(Gaji), Level.SubKegiatan, K(Kegiatan12), "Penyediaan Gaji dan Tunjangan ASN", None),
            new PaguAllocated(K(Gaji), Rp(604_585_370)),
            new IndicatorDefined(K(Gaji), "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang", Arah.Naik),
            new TargetSet(K(Gaji), "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", Q(24, "Orang")),
            new LineOpened(K(Program2), Level.Program, null, "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", None),
            new LineOpened(K(Kegiatan21), Level.Kegiatan, K(Program2), "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", None),
            new LineOpened(K(Forkopimka), Level.SubKegiatan, K(Kegiatan21), "Penyelenggaraan Rapat Koordinasi Forum Komunikasi Pimpinan Kecamatan", None),
            new PaguAllocated(K(Forkopimka), Rp(31_418_250)),
            new IndicatorDefined(K(Forkopimka), "Jumlah Rapat Koordinasi Forkopimka", "Kali", Arah.Naik),
            new TargetSet(K(Forkopimka), "Jumlah Rapat Koordinasi Forkopimka", Q(12, "Kali")),
            new IndicatorDefined(K(Forkopimka), "Persentase rekomendasi yang ditindaklanjuti", "%", Arah.Naik),
            new TargetSet(K(Forkopimka), "Persentase rekomendasi yang ditindaklanjuti", Q(95, "%")));

    [Fact]
    public void Parents_get_no_own_pagu()
    {
        var events = Assert.IsType<Decision.Accepted>(Given().When(Murni.Import(Stage.Murni, "2019-12-31")).Decision).Events;
        var parents = new[] { Program1, Kegiatan11, Kegiatan12, Program2, Kegiatan21 }.Select(K).ToHashSet();

        Assert.DoesNotContain(events, e => e.Event is PaguAllocated p && parents.Contains(p.Kode));
        var state = BudgetDecider.Fold(events);
        Assert.All(parents, kode => Assert.Equal(Money.Zero, state.Find(kode)!.CurrentPagu));
        Assert.Equal(Rp(MurniTotal), Money.Sum(state.Lines.Values.Select(l => l.CurrentPagu)));
    }

    [Fact]
    public void A_leaf_with_a_zero_pagu_is_opened_without_an_allocation() =>
        Given().When(Sheet.Empty.Line("7.01.01", "PROGRAM").Line("7.01.01.2.01", "Kegiatan tanpa anggaran")
                .Import(Stage.Murni, "2019-12-31", hasIndicators: false))
            .ThenChanges(
                new LineOpened(K("7.01.01"), Level.Program, null, "PROGRAM", LineAttributes.None),
                new LineOpened(K("7.01.01.2.01"), Level.Kegiatan, K("7.01.01"), "Kegiatan tanpa anggaran", LineAttributes.None));

    [Fact]
    public void An_indicator_without_a_target_is_defined_but_gets_no_target() =>
        Given().When(Sheet.Empty.Line("7.01.01", "PROGRAM", 1_000, IndWithoutTarget("Angka kemiskinan", Arah.Turun))
                .Import(Stage.Murni, "2019-12-31"))
            .ThenChanges(
                new LineOpened(K("7.01.01"), Level.Program, null, "PROGRAM", LineAttributes.None),
                new PaguAllocated(K("7.01.01"), Rp(1_000)),
                new IndicatorDefined(K("7.01.01"), "Angka kemiskinan", "", Arah.Turun));

    [Fact]
    public void A_sheet_without_an_indicator_column_defines_no_indicators()
    {
        var decision = Given().When(Murni.Import(Stage.Murni, "2019-12-31", hasIndicators: false)).Decision;

        var accepted = Assert.IsType<Decision.Accepted>(decision);
        Assert.DoesNotContain(accepted.Events, e => e.Event is IndicatorDefined or TargetSet);
        Assert.Equal(9, accepted.Events.Count(e => e.Event is LineOpened));
    }

    [Fact]
    public void The_lines_attributes_are_kept_on_the_opening()
    {
        var attributes = new LineAttributes("MANGKU TANA", "DAU", "Aparatur Kecamatan");

        Given().When(Sheet.Empty.Line("0.00.4.36.08.01", "Program Pelayanan Administrasi Perkantoran")
                .Line("0.00.4.36.08.01.12", "Penyediaan makanan dan minuman", 174_620_000, Ind("Jumlah makanan dan minuman yang disediakan", 3813, "Porsi"))
                .With("0.00.4.36.08.01.12", attributes: attributes)
                .Import(Stage.Murni, "2019-12-31"))
            .ThenChanges(
                new LineOpened(K("0.00.4.36.08.01"), Level.Program, null, "Program Pelayanan Administrasi Perkantoran", LineAttributes.None),
                new LineOpened(K("0.00.4.36.08.01.12"), Level.Kegiatan, K("0.00.4.36.08.01"), "Penyediaan makanan dan minuman", attributes),
                new PaguAllocated(K("0.00.4.36.08.01.12"), Rp(174_620_000)),
                new IndicatorDefined(K("0.00.4.36.08.01.12"), "Jumlah makanan dan minuman yang disediakan", "Porsi", Arah.Naik),
                new TargetSet(K("0.00.4.36.08.01.12"), "Jumlah makanan dan minuman yang disediakan", Q(3813, "Porsi")));
    }
}
