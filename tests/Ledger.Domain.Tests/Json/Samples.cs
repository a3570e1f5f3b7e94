using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Json;

/// <summary>
/// One representative, fixed envelope per event type, with values taken from the seeds (Kecamatan Mangkutana
/// 2020). The golden files are their exact stored JSON; <see cref="ForEveryEventType"/> fails if a type is missing.
/// </summary>
public static class Samples
{
    private const string Murni = "Perda Kabupaten Luwu Timur Nomor 14 Tahun 2019 tentang APBD Tahun Anggaran 2020";
    private const string Perubahan = "Perda Nomor 9 Tahun 2020 tentang Perubahan APBD; SKB Mendagri–Menkeu 119/2813/SJ – 177/KMK.07/2020";

    public static readonly IReadOnlyList<EventEnvelope> All =
    [
        Envelope("0193f2a4-0001-8000-8000-000000000001", Stage.Murni, "2019-12-31", Murni, null,
            new BudgetSheetImported("Renja Kecamatan Mangkutana 2020 (murni).xlsx", "3f0c5d1e9a7b2c4d6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809", 41)),
        Envelope("0193f2a4-0002-8000-8000-000000000002", Stage.Murni, "2019-12-31", Murni, null,
            new LineOpened(K("0.00.4.36.08.01.22"), Level.Kegiatan, K("0.00.4.36.08.01"), "Kunjungan kerja dalam daerah",
                new LineAttributes("BALAI KEMBANG, SINDU AGUNG, MARGOLEMBO, MALEKU, WONOREJO TIMUR", "DAU", null))),
        Envelope("0193f2a4-0003-8000-8000-000000000003", Stage.Perubahan, "2020-08-05", Perubahan, null,
            new LineDescribed(K("7.01.01.2.02.0001"), "Penyediaan Gaji dan Tunjangan ASN Kecamatan",
                new LineAttributes("MANGKUTANA", null, "Aparatur Sipil Negara"))),
        Envelope("0193f2a4-000f-8000-8000-00000000000f", Stage.Perubahan, "2020-08-05", Perubahan, null,
            new LineRegrouped(K("7.01.01.2.02.0001"), Level.SubKegiatan, K("7.01.01.2.02"))),
        Envelope("0193f2a4-0010-8000-8000-000000000010", Stage.Murni, "2020-12-31", Murni, null,
            new TargetRenstraSet(K("7.01.01.2.01.01"), "Jumlah dokumen Perencanaan yang disusun tepat waktu", Q(15, "Dokumen"))),
        Envelope("0193f2a4-0011-8000-8000-000000000011", Stage.Murni, "2020-12-31", Murni, null,
            new PaguRenstraSet(K("7.01.01.2.01.01"), Rp(19_267_115))),
        Envelope("0193f2a4-0004-8000-8000-000000000004", Stage.Refocusing, "2020-04-20", Perubahan, "refocusing Covid-19: kegiatan dihapus",
            new LineRemoved(K("0.00.4.36.08.04.03"))),
        Envelope("0193f2a4-0005-8000-8000-000000000005", Stage.Murni, "2019-12-31", Murni, null,
            new PaguAllocated(K("0.00.4.36.08.01.12"), Rp(174_620_000))),
        Envelope("0193f2a4-0006-8000-8000-000000000006", Stage.Perubahan, "2020-08-05", Perubahan, null,
            new PaguRevised(K("0.00.4.36.08.01.12"), Rp(174_620_000), Rp(146_815_000))),
        Envelope("0193f2a4-0007-8000-8000-000000000007", Stage.Murni, "2020-03-01", Murni, "angka pagu salah ketik pada lampiran (31.418.250 seharusnya 31.481.250)",
            new PaguCorrected(K("4.36.4.36.08.70.01"), Rp(31_418_250), Rp(31_481_250))),
        Envelope("0193f2a4-0008-8000-8000-000000000008", Stage.Murni, "2019-12-31", Murni, null,
            new IndicatorDefined(K("4.36.4.36.08.71.01"), "Persentase kasus pengaduan yang belum ditindaklanjuti", "%", Arah.Turun)),
        Envelope("0193f2a4-0009-8000-8000-000000000009", Stage.Perubahan, "2020-08-05", Perubahan, null,
            new IndicatorDropped(K("0.00.4.36.08.01.01"), "Jumlah surat masuk dan surat keluar yang diagendakan")),
        Envelope("0193f2a4-000a-8000-8000-00000000000a", Stage.Murni, "2019-12-31", Murni, null,
            new TargetSet(K("4.36.4.36.08.69.01"), "Rasio persentase keterwakilan perempuan dan laki-laki dalam musrenbang kecamatan", Q(0.38m, "rasio"))),
        Envelope("0193f2a4-000b-8000-8000-00000000000b", Stage.Perubahan, "2020-08-05", Perubahan, null,
            new TargetRevised(K("0.00.4.36.08.01.12"), "Jumlah makanan dan minuman yang disediakan", Q(3813, "Porsi"), Q(5334, "Porsi"))),
        Envelope("0193f2a4-000c-8000-8000-00000000000c", Stage.Refocusing, "2020-06-30", Perubahan, null,
            new RealisasiSheetImported("Realisasi Triwulan II 2020.xlsx", "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d", 27)),
        Envelope("0193f2a4-000d-8000-8000-00000000000d", Stage.Refocusing, "2020-06-30", Perubahan, null,
            new RealisasiReported(K("0.00.4.36.08.01.12"), Rp(73_407_500))),
        Envelope("0193f2a4-000e-8000-8000-00000000000e", Stage.Refocusing, "2020-06-30", Perubahan, null,
            new KinerjaReported(K("4.36.4.36.08.70.01"), "Persentase rekomendasi yang ditindaklanjuti", Q(96.35m, "%"))),
        .. Towuti.Samples,
    ];

    public static IEnumerable<Type> EventTypes =>
        typeof(BudgetEvent).Assembly.GetTypes()
            .Where(t => typeof(BudgetEvent).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true })
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    public static TheoryData<string> ForEveryEventType() => [.. EventTypes.Select(t => t.Name)];

    public static EventEnvelope Of(string eventType) =>
        All.SingleOrDefault(e => e.EventType == eventType)
        ?? throw new InvalidOperationException($"Samples.All has no {eventType}: add a representative envelope for it");

    private static EventEnvelope Envelope(string id, Stage stage, string effective, string basis, string? reason, BudgetEvent @event)
    {
        var recorded = stage == Stage.Murni && reason is null ? MurniRecorded : At("2020-08-12T03:30:15.250Z");
        return new EventEnvelope(Guid.Parse(id), Unit, Year, stage, Date(effective), recorded, basis, reason, Actor, @event);
    }
}
