namespace Ledger.Domain.Tests.Support;

/// <summary>
/// A small kecamatan budget in Permendagri 90/2019 codes: two programs, three kegiatan, four sub kegiatan.
/// Leaves carry pagu, parents none. Totals: 12.400.000 + 3.500.000 + 604.585.370 + 31.418.250 = 651.903.620.
/// </summary>
public static class Sheets
{
    public const string Program1 = "7.01.01";
    public const string Kegiatan11 = "7.01.01.2.01";
    public const string Dokumen = "7.01.01.2.01.0001";
    public const string Laporan = "7.01.01.2.01.0007";
    public const string Kegiatan12 = "7.01.01.2.02";
    public const string Gaji = "7.01.01.2.02.0001";
    public const string Program2 = "7.01.02";
    public const string Kegiatan21 = "7.01.02.2.01";
    public const string Forkopimka = "7.01.02.2.01.0004";

    public static readonly Sheet Murni = Sheet.Empty
        .Line(Program1, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
        .Line(Kegiatan11, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah")
        .Line(Dokumen, "Penyusunan Dokumen Perencanaan Perangkat Daerah", 12_400_000,
            Ind("Jumlah Dokumen Perencanaan Perangkat Daerah", 6, "Dokumen"))
        .Line(Laporan, "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", 3_500_000,
            Ind("Jumlah Laporan Capaian Kinerja", 4, "Laporan"))
        .Line(Kegiatan12, "Administrasi Keuangan Perangkat Daerah")
        .Line(Gaji, "Penyediaan Gaji dan Tunjangan ASN", 604_585_370,
            Ind("Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", 24, "Orang"))
        .Line(Program2, "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK")
        .Line(Kegiatan21, "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan")
        .Line(Forkopimka, "Penyelenggaraan Rapat Koordinasi Forum Komunikasi Pimpinan Kecamatan", 31_418_250,
            Ind("Jumlah Rapat Koordinasi Forkopimka", 12, "Kali"),
            Ind("Persentase rekomendasi yang ditindaklanjuti", 95, "%"));

    public const long MurniTotal = 651_903_620;
}
