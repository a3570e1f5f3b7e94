namespace Ledger.Generating;

/// <summary>
/// The first program of every unit, the same in every seed from 2021 on (seed 001's <c>7.01.01</c>, seed 003's
/// <c>01</c>): "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" with its kegiatan and sub kegiatan as
/// Permendagri 90/2019 numbers them, and the indicators the seeds print for them.
/// </summary>
public static class PenunjangCatalogue
{
    public const string ProgramUraian = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota";

    /// <summary>Sub kegiatan 2.02.0001: salaries, the largest line of every unit.</summary>
    public const string GajiUraian = "Penyediaan Gaji dan Tunjangan ASN";

    public static readonly IReadOnlyList<PenunjangKegiatan> Kegiatan =
    [
        K(1, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            S(1, "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan Perangkat Daerah yang Disusun Tepat Waktu", "Dokumen", 2, 5),
            S(2, "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah Dokumen RKA-SKPD yang Disusun Tepat Waktu", "Dokumen", 1, 3),
            S(4, "Koordinasi dan Penyusunan DPA-SKPD", "Jumlah Dokumen DPA-SKPD yang Disusun Tepat Waktu", "Dokumen", 1, 3),
            S(6, "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Jumlah Laporan Capaian Kinerja SKPD", "Laporan", 4, 12),
            S(7, "Evaluasi Kinerja Perangkat Daerah", "Jumlah Dokumen Evaluasi Kinerja Perangkat Daerah", "Dokumen", 4, 10)),
        K(2, "Administrasi Keuangan Perangkat Daerah",
            S(1, PenunjangCatalogue.GajiUraian, "Jumlah ASN yang Gaji dan Tunjangannya Terbayarkan", "Orang", 12, 60),
            S(2, "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Jumlah Bulan Pelaksanaan Tugas ASN yang Terbayarkan", "Bulan", 12, 12),
            S(3, "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", "Jumlah Dokumen Penatausahaan Keuangan SKPD", "Dokumen", 12, 24),
            S(7, "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Laporan", 12, 18)),
        K(3, "Administrasi Barang Milik Daerah pada Perangkat Daerah",
            S(6, "Penatausahaan Barang Milik Daerah pada SKPD", "Jumlah Laporan Penatausahaan Barang Milik Daerah", "Laporan", 2, 12)),
        K(5, "Administrasi Kepegawaian Perangkat Daerah",
            S(2, "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", "Jumlah Paket Pakaian Dinas Beserta Atribut Kelengkapannya", "Paket", 10, 60),
            S(3, "Pendataan dan Pengolahan Administrasi Kepegawaian", "Jumlah Dokumen Data Kepegawaian yang Dimutakhirkan", "Dokumen", 4, 12),
            S(9, "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "Jumlah Pegawai yang Mengikuti Pendidikan dan Pelatihan", "Orang", 2, 20),
            S(11, "Bimbingan Teknis Implementasi Peraturan Perundang-Undangan", "Jumlah Pegawai yang Mengikuti Bimbingan Teknis", "Orang", 1, 10)),
        K(6, "Administrasi Umum Perangkat Daerah",
            S(1, "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Jumlah Paket Komponen Instalasi Listrik yang Disediakan", "Paket", 2, 12),
            S(2, "Penyediaan Peralatan dan Perlengkapan Kantor", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "Paket", 2, 20),
            S(4, "Penyediaan Bahan Logistik Kantor", "Jumlah Paket Bahan Logistik Kantor yang Disediakan", "Paket", 4, 14),
            S(5, "Penyediaan Barang Cetakan dan Penggandaan", "Jumlah Paket Barang Cetakan dan Penggandaan", "Paket", 4, 16),
            S(6, "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "Jumlah Dokumen Bahan Bacaan dan Peraturan yang Disediakan", "Dokumen", 12, 60),
            S(8, "Fasilitasi Kunjungan Tamu", "Jumlah Porsi Makanan dan Minuman Kunjungan Tamu", "Porsi", 300, 5000),
            S(9, "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Laporan", 4, 24)),
        K(7, "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
            S(2, "Pengadaan Kendaraan Dinas Operasional atau Lapangan", "Jumlah Unit Kendaraan Dinas Operasional yang Disediakan", "Unit", 1, 3),
            S(5, "Pengadaan Mebel", "Jumlah Paket Mebel yang Disediakan", "Paket", 1, 10),
            S(6, "Pengadaan Peralatan dan Mesin Lainnya", "Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan", "Unit", 1, 12)),
        K(8, "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            S(1, "Penyediaan Jasa Surat Menyurat", "Jumlah Laporan Penyediaan Jasa Surat Menyurat", "Laporan", 12, 12),
            S(2, "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Laporan", 12, 12),
            S(4, "Penyediaan Jasa Pelayanan Umum Kantor", "Jumlah Orang Tenaga Pelayanan Umum Kantor yang Terbayarkan", "Orang", 2, 12)),
        K(9, "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
            S(2, "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
                "Jumlah Unit Kendaraan Dinas Operasional yang Dipelihara", "Unit", 2, 12),
            S(9, "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "Jumlah Unit Gedung Kantor yang Dipelihara", "Unit", 1, 4)),
    ];

    private static PenunjangKegiatan K(int number, string uraian, params PenunjangSub[] subs) => new(number, uraian, subs);

    private static PenunjangSub S(int number, string uraian, string indicator, string satuan, int min, int max) =>
        new(number, uraian, new IndicatorTemplate(indicator, satuan, min, max));
}
