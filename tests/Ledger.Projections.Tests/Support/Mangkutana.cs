using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Projections.Tests.Support;

/// <summary>
/// Part of Kecamatan Mangkutana's 2020 Renja (seed 000, examples/mangkutana-2020-*.csv) in Permendagri 13/2006 codes:
/// the murni sheet in force from 2019-12-31 (entered 2020-01-10), the perubahan in force from 2020-08-05 (entered
/// 2020-08-12). The perubahan cuts the communications line, drops the logistics kegiatan, opens a Covid-19 kegiatan
/// and raises the reporting and village-planning lines.
/// </summary>
public static class Mangkutana
{
    public const string Administrasi = "0.00.4.36.08.01";
    public const string Surat = "0.00.4.36.08.01.01";
    public const string Komunikasi = "0.00.4.36.08.01.02";
    public const string Logistik = "0.00.4.36.08.01.16";
    public const string Covid = "0.00.4.36.08.01.30";
    public const string Pelaporan = "0.00.4.36.08.05";
    public const string Akuntabilitas = "0.00.4.36.08.05.06";
    public const string Pemberdayaan = "4.36.4.36.08.69";
    public const string Musrenbang = "4.36.4.36.08.69.01";

    public const string MurniEffective = "2019-12-31";
    public const string PerubahanEffective = "2020-08-05";
    public static readonly NodaTime.Instant PerubahanRecorded = At("2020-08-12T03:00:00Z");

    public static readonly Sheet MurniSheet = Sheet.Empty
        .Line(Administrasi, "Program Pelayanan Administrasi Perkantoran")
        .Line(Surat, "Penyediaan Jasa Surat Menyurat", 3_150_000,
            Ind("Jumlah Surat", 0, "Surat"), Ind("Jumlah surat masuk dan surat keluar yang diagendakan", 200, "surat"))
        .Line(Komunikasi, "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 56_282_248,
            Ind("Jumlah Rekening bulanan jasa komunikasi sumber daya air dan listrik yang terbayarkan", 108, "Rekening"))
        .Line(Logistik, "Penyediaan bahan logistik kantor", 765_372,
            Ind("Jumlah bahan logistik yang disediakan", 2, "Jenis"))
        .Line(Pelaporan, "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan")
        .Line(Akuntabilitas, "Penyusunan Pelaporan Akuntabilitas Kinerja Instansi Pemerintah", 3_500_000,
            Ind("Jumlah Laporan akuntabilitas kinerja instansi pemerintah yang disusun", 1, "Dokumen"))
        .Line(Pemberdayaan, "Program Peningkatan Pelayanan Kecamatan Mendukung Pemberdayaan Masyarakat Desa")
        .Line(Musrenbang, "Fasilitasi dan Pendampingan Aspirasi Masyarakat Desa dalam Musyawarah Perencanaan Pembangunan", 13_189_500,
            Ind("Rasio persentase keterwakilan perempuan dan laki laki dalam pelaksanaan musrembang kecamatan", 0.38m, "rasio"),
            Ind("Jumlah usulan rencana program prioritas", 0, "Dokumen"));

    public static readonly Sheet PerubahanSheet = MurniSheet
        .With(Surat, indicators: [Ind("Jumlah Surat", 0, "Surat"), Ind("Jumlah surat masuk dan surat keluar yang diagendakan", 700, "surat")])
        .With(Komunikasi, pagu: 49_800_000,
            indicators: [Ind("Jumlah Rekening bulanan jasa komunikasi sumber daya air dan listrik yang terbayarkan", 120, "Rekening")])
        .Without(Logistik)
        .Line(Covid, "Penanganan Dampak Covid-19 di Tingkat Kecamatan", 25_000_000, Ind("Jumlah posko Covid-19 yang beroperasi", 3, "Posko"))
        .With(Akuntabilitas, pagu: 4_253_500)
        .With(Musrenbang, pagu: 13_969_000,
            indicators: [
                Ind("Rasio persentase keterwakilan perempuan dan laki laki dalam pelaksanaan musrembang kecamatan", 0.4m, "rasio"),
                Ind("Jumlah usulan rencana program prioritas", 0, "Dokumen")]);

    /// <summary>The murni import; for another <paramref name="year"/> every date moves by as many years.</summary>
    public static ImportBudget MurniImport(string unit = Unit, int year = Year) =>
        MurniSheet.Import(Context(Stage.Murni, Shift(MurniEffective, year), recorded: Shift("2020-01-10T02:00:00Z", year), unit: unit, year: year), $"renja-{year}-murni.csv");

    public static ImportBudget PerubahanImport(string unit = Unit, int year = Year) =>
        PerubahanSheet.Import(Context(Stage.Perubahan, Shift(PerubahanEffective, year), recorded: Shift("2020-08-12T03:00:00Z", year), unit: unit, year: year), $"renja-{year}-perubahan.csv");

    private static string Shift(string iso, int year) => (int.Parse(iso[..4], System.Globalization.CultureInfo.InvariantCulture) + year - Year) + iso[4..];

    /// <summary>Murni, then perubahan.</summary>
    public static EventEnvelope[] Year2020() => Decided.Events(MurniImport(), PerubahanImport());
}
