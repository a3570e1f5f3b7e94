using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Json;

/// <summary>
/// One envelope per performance event type, with Kecamatan Towuti's figures (seed 003, LKjIP 2023: Renstra 2021–2026,
/// PK and pengukuran 2023). Part of <see cref="Samples.All"/>.
/// </summary>
internal static class Towuti
{
    public const string Unit = "Kecamatan Towuti";
    public const string Tujuan = "Meningkatkan kapasitas pelayanan publik dalam penyelenggaraan urusan pemerintahan kecamatan Towuti";
    public const string Sasaran = "Meningkatnya kemampuan pelayanan publik penyelenggaraan urusan pemerintahan kecamatan Towuti";
    public const string Ikm = "Indeks Kepuasan Masyarakat";
    private const string RenstraBasis = "Peraturan Bupati Luwu Timur tentang Renstra Perangkat Daerah 2021–2026";
    private const string PkBasis = "Perjanjian Kinerja Camat Towuti Tahun 2023";
    private const string Actor = "perencana@towuti";

    public static readonly IReadOnlyList<EventEnvelope> Samples =
    [
        Envelope("0193f2a4-0101-8000-8000-000000000101", 2021, "2021-06-30", RenstraBasis, null,
            new RenstraSheetImported("towuti-renstra-2021-2026.csv", "5b1e8c0d2f4a6b8c0e2d4f6a8b0c2e4d6f8a0b2c4e6d8f0a2b4c6e8d0f2a4b6c", 2021, 2026, 4)),
        Envelope("0193f2a4-0102-8000-8000-000000000102", 2021, "2021-06-30", RenstraBasis, null,
            new RenstraIndicatorDefined(Tujuan, Sasaran, Ikm, "Nilai", Arah.Naik, true, 1)),
        Envelope("0193f2a4-0103-8000-8000-000000000103", 2021, "2021-06-30", RenstraBasis, null,
            new RenstraValueSet(Tujuan, Sasaran, Ikm, RenstraSlot.TargetAkhir, new Quantity(84.1m, "Nilai"))),
        Envelope("0193f2a4-0104-8000-8000-000000000104", 2021, "2022-03-01", RenstraBasis, "reviu Renstra: target 2023 disesuaikan",
            new RenstraValueRevised(Tujuan, Sasaran, Ikm, RenstraSlot.TargetOf(2023), new Quantity(78.5m, "Nilai"), new Quantity(79m, "Nilai"))),
        Envelope("0193f2a4-0105-8000-8000-000000000105", 2021, "2022-03-01", RenstraBasis, "reviu Renstra",
            new RenstraValueCleared(Tujuan, null, "Persentase Peningkatan nilai IKM", RenstraSlot.KondisiAwal, new Quantity(0.62m, "%"))),
        Envelope("0193f2a4-0106-8000-8000-000000000106", 2021, "2022-03-01", RenstraBasis, "reviu Renstra",
            new RenstraIndicatorDropped(Tujuan, null, "Persentase Peningkatan nilai IKM")),
        Envelope("0193f2a4-0107-8000-8000-000000000107", 2023, "2023-01-31", PkBasis, null,
            new PkSheetImported("towuti-2023-pk.csv", "a0b1c2d3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccddeeff", 2021, 2)),
        Envelope("0193f2a4-0108-8000-8000-000000000108", 2023, "2023-01-31", PkBasis, null,
            new PkIndicatorDefined(Sasaran, Ikm, "Nilai", Arah.Naik, true, 0)),
        Envelope("0193f2a4-0109-8000-8000-000000000109", 2023, "2023-01-31", PkBasis, null,
            new PkTargetSet(Ikm, new Quantity(78.5m, "Nilai"))),
        Envelope("0193f2a4-010a-8000-8000-00000000010a", 2023, "2023-07-15", "Perjanjian Kinerja Perubahan Camat Towuti Tahun 2023", "PK perubahan",
            new PkTargetRevised(Ikm, new Quantity(78.5m, "Nilai"), new Quantity(80m, "Nilai"))),
        Envelope("0193f2a4-010b-8000-8000-00000000010b", 2023, "2023-01-31", PkBasis, null,
            new PkProgramsAssigned(Ikm, KodeList.Empty, KodeList.Of([Kode.Parse("02"), Kode.Parse("03"), Kode.Parse("04"), Kode.Parse("05"), Kode.Parse("06")]))),
        Envelope("0193f2a4-010c-8000-8000-00000000010c", 2023, "2023-07-15", "Perjanjian Kinerja Perubahan Camat Towuti Tahun 2023", "indikator dipindah ke Renstra berikutnya",
            new PkIndicatorDropped("Persentase Capaian Kinerja Program Penunjang Urusan Pemerintahan Kabupaten di Kecamatan Towuti")),
        Envelope("0193f2a4-010d-8000-8000-00000000010d", 2023, "2023-12-31", null, null,
            new KinerjaSheetImported("towuti-2023-kinerja-tw4.csv", "00ff11ee22dd33cc44bb55aa66997788ffeeddccbbaa99887766554433221100", 2)),
        Envelope("0193f2a4-010e-8000-8000-00000000010e", 2023, "2023-12-31", null, null,
            new PengukuranReported(Ikm, new Quantity(84.05m, "Nilai"))),
        Envelope("0193f2a4-010f-8000-8000-00000000010f", 2023, "2023-12-31", null, "survei IKM dihitung ulang",
            new PengukuranRevised(Ikm, new Quantity(84m, "Nilai"), new Quantity(84.05m, "Nilai"))),
    ];

    private static EventEnvelope Envelope(string id, int year, string effective, string? basis, string? reason, PerformanceEvent @event) =>
        new(Guid.Parse(id), Unit, year, Stage.Murni, Date(effective), Date(effective).PlusDays(3).AtMidnight().InUtc().ToInstant(),
            basis, reason, Actor, @event);
}
