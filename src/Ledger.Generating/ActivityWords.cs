using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// Words for the technical kegiatan and sub kegiatan: "{verb} {object}" for a kegiatan ("Pengelolaan Sekolah
/// Dasar"), "{activity} {object}" for a sub kegiatan ("Monitoring dan Evaluasi Sekolah Dasar"), each activity with
/// the indicators such lines print in the seeds (satuan Dokumen, Orang, %, Kegiatan, Porsi…; a few lower-is-better).
/// </summary>
public static class ActivityWords
{
    public static readonly IReadOnlyList<string> KegiatanVerbs =
    [
        "Pengelolaan", "Penyelenggaraan", "Peningkatan", "Pembinaan", "Koordinasi", "Fasilitasi", "Pengembangan", "Pelaksanaan",
    ];

    /// <summary>A sub kegiatan's activity and the indicators it may carry (the first always, the second sometimes).</summary>
    public sealed record Activity(string Verb, IReadOnlyList<IndicatorTemplate> Indicators);

    public static readonly IReadOnlyList<Activity> Activities =
    [
        A("Penyusunan Dokumen", I("Jumlah Dokumen {0} yang Disusun", "Dokumen", 1, 6), I("Persentase Dokumen {0} yang Disusun Tepat Waktu", "%", 80, 100)),
        A("Sosialisasi", I("Jumlah Peserta Sosialisasi {0}", "Orang", 20, 300), I("Jumlah Kegiatan Sosialisasi {0}", "Kegiatan", 1, 12)),
        A("Bimbingan Teknis", I("Jumlah Aparatur yang Mengikuti Bimbingan Teknis {0}", "Orang", 5, 60)),
        A("Monitoring dan Evaluasi", I("Jumlah Laporan Monitoring dan Evaluasi {0}", "Laporan", 2, 12), I("Persentase Rekomendasi {0} yang Ditindaklanjuti", "%", 70, 100)),
        A("Pendataan", I("Persentase Data {0} yang Mutakhir", "%", 80, 100)),
        A("Fasilitasi", I("Jumlah Desa yang Difasilitasi dalam {0}", "Desa", 3, 20), I("Jumlah Kegiatan Fasilitasi {0}", "Kegiatan", 2, 24)),
        A("Penyediaan Sarana", I("Jumlah Paket Sarana {0} yang Disediakan", "Paket", 1, 10)),
        A("Pemeliharaan Sarana", I("Jumlah Unit Sarana {0} yang Dipelihara", "Unit", 1, 25)),
        A("Rapat Koordinasi", I("Jumlah Rapat Koordinasi {0} yang Dilaksanakan", "Kegiatan", 2, 24), I("Jumlah Porsi Makanan dan Minuman Rapat {0}", "Porsi", 100, 3000)),
        A("Pelayanan", I("Rata-rata Waktu Pelayanan {0}", "Hari", 2, 7, Arah.Turun), I("Jumlah Orang yang Dilayani dalam {0}", "Orang", 100, 5000)),
        A("Penanganan Pengaduan", I("Persentase Pengaduan {0} yang Belum Tertangani", "%", 5, 20, Arah.Turun)),
        A("Pembinaan dan Pengawasan", I("Jumlah Kegiatan Pembinaan {0}", "Kegiatan", 2, 12), I("Jumlah Temuan Pengawasan {0}", "Temuan", 2, 15, Arah.Turun)),
    ];

    /// <summary>Indicators of a technical program (the seeds print one, such as seed 003's capaian program or IKM).</summary>
    public static readonly IReadOnlyList<IndicatorTemplate> ProgramIndicators =
    [
        I("Persentase Capaian Kinerja {0}", "%", 90, 100),
        I("Indeks Kepuasan Masyarakat terhadap {0}", "", 75, 85),
        I("Persentase Sasaran {0} yang Tercapai", "%", 80, 100),
    ];

    /// <summary>What a refocusing adds: a Covid-19 line, as units did in April 2020 and in 2021.</summary>
    public static readonly IReadOnlyList<(string Uraian, IndicatorTemplate Indicator)> Covid =
    [
        ("Penyediaan Sarana Pencegahan Penyebaran Covid-19", I("Jumlah Paket Sarana Pencegahan Covid-19 yang Disediakan", "Paket", 2, 20)),
        ("Penanganan Dampak Sosial Pandemi Covid-19", I("Jumlah Keluarga yang Menerima Bantuan Dampak Covid-19", "Keluarga", 50, 800)),
        ("Sosialisasi Protokol Kesehatan Covid-19", I("Jumlah Peserta Sosialisasi Protokol Kesehatan", "Orang", 50, 600)),
    ];

    private static Activity A(string verb, params IndicatorTemplate[] indicators) => new(verb, indicators);

    private static IndicatorTemplate I(string name, string satuan, int min, int max, Arah arah = Arah.Naik) => new(name, satuan, min, max, arah);
}
