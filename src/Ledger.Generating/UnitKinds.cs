namespace Ledger.Generating;

/// <summary>
/// The kinds of unit the generator makes, with real Permendagri 90/2019 bidang codes and program names. Kecamatan
/// are the most frequent (a kabupaten has a dozen or more, like the seeds' Mangkutana, Kalaena, Malili, Towuti);
/// the dinas and badan are larger.
/// </summary>
public static class UnitKinds
{
    private static readonly TreeSize Kecamatan = new((2, 5), (1, 4), (2, 7), (5, 8), (1_200_000_000, 3_000_000_000));
    private static readonly TreeSize Dinas = new((2, 5), (2, 5), (2, 7), (5, 8), (4_000_000_000, 40_000_000_000));
    private static readonly TreeSize Besar = new((3, 5), (3, 6), (3, 9), (6, 8), (20_000_000_000, 150_000_000_000));

    public static readonly IReadOnlyList<UnitKind> All =
    [
        new("Kecamatan", "7.01", 40,
            P((2, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"), (3, "Program Pemberdayaan Masyarakat Desa dan Kelurahan"),
              (4, "Program Koordinasi Ketenteraman dan Ketertiban Umum"), (5, "Program Penyelenggaraan Urusan Pemerintahan Umum"),
              (6, "Program Pembinaan dan Pengawasan Pemerintahan Desa")),
            ["Pemerintahan Desa", "Musyawarah Perencanaan Pembangunan Kecamatan", "Ketenteraman dan Ketertiban Umum",
             "Pelayanan Administrasi Terpadu Kecamatan", "Pemberdayaan Kesejahteraan Keluarga", "Lembaga Kemasyarakatan Desa",
             "Kegiatan Keagamaan", "Pengelolaan Persampahan", "Penanggulangan Bencana", "Sarana dan Prasarana Umum"],
            Kecamatan),
        new("Dinas Pendidikan", "1.01", 5,
            P((2, "Program Pengelolaan Pendidikan"), (3, "Program Pengembangan Kurikulum"), (4, "Program Pendidik dan Tenaga Kependidikan"),
              (5, "Program Pengendalian Perizinan Pendidikan"), (6, "Program Pengembangan Bahasa dan Sastra")),
            ["Sekolah Dasar", "Sekolah Menengah Pertama", "Pendidikan Anak Usia Dini", "Pendidikan Nonformal",
             "Pendidik dan Tenaga Kependidikan", "Kurikulum Muatan Lokal", "Bantuan Operasional Sekolah", "Perpustakaan Sekolah"],
            Besar),
        new("Dinas Kesehatan", "1.02", 5,
            P((2, "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"),
              (3, "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan"),
              (4, "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman"), (5, "Program Pemberdayaan Masyarakat Bidang Kesehatan")),
            ["Pusat Kesehatan Masyarakat", "Imunisasi Dasar Lengkap", "Kesehatan Ibu Hamil", "Gizi Balita", "Penyakit Menular",
             "Obat dan Bahan Medis Habis Pakai", "Posyandu", "Sanitasi Total Berbasis Masyarakat", "Pencegahan Stunting"],
            Besar),
        new("Dinas Pekerjaan Umum dan Penataan Ruang", "1.03", 5,
            P((2, "Program Pengelolaan Sumber Daya Air (SDA)"), (3, "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum"),
              (5, "Program Pengelolaan dan Pengembangan Sistem Air Limbah"), (10, "Program Penyelenggaraan Jalan"),
              (12, "Program Penyelenggaraan Penataan Ruang")),
            ["Jalan Kabupaten", "Jembatan", "Daerah Irigasi", "Sistem Penyediaan Air Minum", "Drainase Perkotaan",
             "Tanggul Sungai", "Rencana Tata Ruang", "Air Limbah Domestik"],
            Dinas),
        new("Satuan Polisi Pamong Praja", "1.05", 4,
            P((2, "Program Peningkatan Ketenteraman dan Ketertiban Umum"), (3, "Program Penanggulangan Bencana"),
              (4, "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran")),
            ["Penegakan Peraturan Daerah", "Ketenteraman dan Ketertiban Umum", "Perlindungan Masyarakat", "Pencegahan Kebakaran",
             "Kesiapsiagaan Bencana", "Penataan Pedagang Kaki Lima"],
            Dinas),
        new("Dinas Sosial", "1.06", 4,
            P((2, "Program Pemberdayaan Sosial"), (4, "Program Rehabilitasi Sosial"), (5, "Program Perlindungan dan Jaminan Sosial"),
              (6, "Program Penanganan Bencana")),
            ["Penyandang Disabilitas", "Lanjut Usia Terlantar", "Anak Terlantar", "Keluarga Penerima Manfaat", "Korban Bencana Alam",
             "Fakir Miskin", "Data Terpadu Kesejahteraan Sosial"],
            Dinas),
        new("Dinas Kependudukan dan Pencatatan Sipil", "2.12", 4,
            P((2, "Program Pendaftaran Penduduk"), (3, "Program Pencatatan Sipil"),
              (4, "Program Pengelolaan Informasi Administrasi Kependudukan"), (5, "Program Pengelolaan Profil Kependudukan")),
            ["Kartu Tanda Penduduk Elektronik", "Kartu Identitas Anak", "Akta Kelahiran", "Akta Kematian", "Kartu Keluarga",
             "Data Kependudukan"],
            Dinas),
        new("Dinas Pemberdayaan Masyarakat dan Desa", "2.13", 4,
            P((2, "Program Penataan Desa"), (3, "Program Peningkatan Kerja Sama Desa"), (4, "Program Administrasi Pemerintahan Desa"),
              (5, "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat")),
            ["Badan Usaha Milik Desa", "Aparatur Pemerintah Desa", "Kerja Sama Desa", "Lembaga Kemasyarakatan Desa", "Dana Desa",
             "Kader Pemberdayaan Masyarakat"],
            Dinas),
        new("Dinas Lingkungan Hidup", "2.11", 4,
            P((2, "Program Perencanaan Lingkungan Hidup"), (3, "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup"),
              (9, "Program Peningkatan Pendidikan, Pelatihan dan Penyuluhan Lingkungan Hidup untuk Masyarakat"),
              (11, "Program Pengelolaan Persampahan")),
            ["Kualitas Air Sungai", "Kualitas Udara", "Bank Sampah", "Tempat Pemrosesan Akhir Sampah", "Ruang Terbuka Hijau",
             "Dokumen Lingkungan", "Sekolah Adiwiyata"],
            Dinas),
        new("Dinas Perhubungan", "2.15", 3,
            P((2, "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)"), (3, "Program Pengelolaan Pelayaran")),
            ["Rambu Lalu Lintas", "Penerangan Jalan Umum", "Terminal Penumpang", "Pengujian Kendaraan Bermotor", "Angkutan Umum",
             "Dermaga Penyeberangan"],
            Dinas),
        new("Dinas Pertanian", "3.27", 4,
            P((2, "Program Penyediaan dan Pengembangan Sarana Pertanian"), (3, "Program Penyediaan dan Pengembangan Prasarana Pertanian"),
              (4, "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner"),
              (5, "Program Pengendalian dan Penanggulangan Bencana Pertanian"), (7, "Program Penyuluhan Pertanian")),
            ["Benih Padi Unggul", "Pupuk Bersubsidi", "Alat dan Mesin Pertanian", "Jaringan Irigasi Tersier", "Jalan Usaha Tani",
             "Vaksinasi Rabies", "Kelompok Tani", "Organisme Pengganggu Tumbuhan"],
            Dinas),
        new("Badan Perencanaan Pembangunan Daerah", "5.01", 3,
            P((2, "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah"),
              (3, "Program Koordinasi dan Sinergi Perencanaan Pembangunan Daerah")),
            ["Rencana Kerja Pemerintah Daerah", "Rencana Pembangunan Jangka Menengah Daerah", "Musyawarah Perencanaan Pembangunan",
             "Data Statistik Sektoral", "Evaluasi Pembangunan Daerah", "Kajian Kebijakan Daerah"],
            Dinas),
    ];

    public static readonly IReadOnlyList<int> Weights = [.. All.Select(k => k.Weight)];

    private static ProgramName[] P(params (int Number, string Name)[] programs) =>
        [.. programs.Select(p => new ProgramName(p.Number, p.Name))];
}
