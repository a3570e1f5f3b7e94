using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Performance;
using Ledger.Domain.Performance.Commands;
using Ledger.Domain.Values;
using static Ledger.Testing.Build;

namespace Ledger.Testing.Performance;

/// <summary>
/// Kecamatan Towuti's performance framework (seed 003) as commands: the rows of the example sheets in
/// <c>shared/examples</c> (towuti-renstra-2021-2026.csv, towuti-202N-pk.csv, towuti-202N-kinerja-tw4.csv), row
/// numbers as in the sheets (the header is row 1), and the program kodes of samples/towuti-2023-budget.csv.
/// </summary>
public static class TowutiFramework
{
    public const string Unit = "Kecamatan Towuti";
    public const string TujuanI = "Meningkatkan kapasitas pelayanan publik dalam penyelenggaraan urusan pemerintahan kecamatan Towuti";
    public const string TujuanII = "Meningkatkan akuntabilitas kinerja dan keuangan penyelenggaraan pemerintahan daerah tingkat kecamatan Towuti";
    public const string SasaranI = "Meningkatnya kemampuan pelayanan publik penyelenggaraan urusan pemerintahan kecamatan Towuti";
    public const string SasaranII = "Meningkatnya capaian kinerja dan keuangan penyelenggaraan urusan pemerintahan kecamatan Towuti";
    public const string Ikm = "Indeks Kepuasan Masyarakat";
    public const string PeningkatanIkm = "Persentase Peningkatan nilai IKM";
    public const string Lakip = "Nilai LAKIP Kecamatan Towuti";
    public const string CapaianProgram = "Persentase Capaian Kinerja Program Penunjang Urusan Pemerintahan Kabupaten di Kecamatan Towuti";

    /// <summary>The lines of Towuti's 2023 budget the PK names, and one more.</summary>
    public static readonly IReadOnlySet<Kode> Budget2023 = new HashSet<Kode> { K("01"), K("01.01"), K("02"), K("03"), K("04"), K("05"), K("06") };

    public static CommandContext Context(int year, string effective, string? recorded = null, string? reason = null, string? basis = null)
    {
        var date = Date(effective);
        var instant = recorded is null ? date.PlusDays(1).At(new NodaTime.LocalTime(12, 0)).InUtc().ToInstant() : At(recorded);
        return new CommandContext(Unit, year, Stage.Murni, date, instant, "perencana@towuti", basis, reason);
    }

    public static RenstraRow Row(int row, string tujuan, string? sasaran, string indikator, string satuan, bool iku, decimal kondisiAwal,
        decimal[] targets2022To2026, decimal akhir)
    {
        var values = new Dictionary<RenstraSlot, Quantity>
        {
            [RenstraSlot.KondisiAwal] = new(kondisiAwal, satuan),
            [RenstraSlot.TargetAkhir] = new(akhir, satuan),
        };
        for (var i = 0; i < targets2022To2026.Length; i++)
            values[RenstraSlot.TargetOf(2022 + i)] = new(targets2022To2026[i], satuan);
        return new RenstraRow(row, tujuan, sasaran, indikator, satuan, Arah.Naik, iku, values);
    }

    public static readonly IReadOnlyList<RenstraRow> RenstraRows =
    [
        Row(2, TujuanI, null, PeningkatanIkm, "%", false, 0.62m, [1.47m, 1.82m, 2.04m, 2.25m, 4.99m], 4.99m),
        Row(3, TujuanI, SasaranI, Ikm, "Nilai", true, 75.97m, [77.1m, 78.5m, 80.1m, 81.9m, 84.1m], 84.1m),
        Row(4, TujuanII, null, Lakip, "Nilai", false, 65.92m, [70.1m, 74.5m, 73.5m, 75.5m, 77.5m], 77.5m),
        Row(5, TujuanII, SasaranII, CapaianProgram, "%", false, 100, [100, 100, 100, 100, 100], 100),
    ];

    public static ImportRenstra Renstra(IReadOnlyList<RenstraRow>? rows = null, string effective = "2021-06-30", string? recorded = null, int first = 2021, int last = 2026) =>
        new(Context(first, effective, recorded), "towuti-renstra-2021-2026.csv", first, last, rows ?? RenstraRows);

    /// <summary>The Renstra as the decider folds it from its import: what a PK is checked against.</summary>
    public static RenstraState RenstraState => PerformanceDecider.Fold(Ledger.Testing.Specs.PerformanceSpec.History(Renstra())).Renstra!;

    public static PkRow PkRow(int row, string sasaran, string indikator, string satuan, decimal target, string programs = "")
    {
        KodeList.TryParse(programs, out var kodes, out _);
        return new PkRow(row, sasaran, indikator, satuan, null, new Quantity(target, satuan), kodes);
    }

    public static readonly IReadOnlyList<PkRow> Pk2023Rows =
    [
        PkRow(2, SasaranI, Ikm, "Nilai", 78.5m, "02;03;04;05;06"),
        PkRow(3, SasaranII, CapaianProgram, "%", 100, "01"),
    ];

    public static ImportPk Pk(int year, IReadOnlyList<PkRow> rows, string? effective = null, string? recorded = null, string? reason = null,
        IReadOnlyList<RenstraState>? renstras = null, IReadOnlySet<Kode>? budget = null) =>
        new(Context(year, effective ?? $"{year}-01-31", recorded, reason), $"towuti-{year}-pk.csv", rows, renstras ?? [RenstraState], budget ?? Budget2023);

    public static ImportPk Pk2023(string? effective = null, string? recorded = null, string? reason = null) =>
        Pk(2023, Pk2023Rows, effective, recorded, reason);

    /// <summary>Recorded after the Renstra, which shares its stream (2021).</summary>
    public static ImportPk Pk2021 => Pk(2021, [PkRow(2, SasaranI, Ikm, "Nilai", 75.97m)], recorded: "2021-07-02T00:00:00Z");

    public static ImportPk Pk2022 => Pk(2022, [PkRow(2, SasaranI, Ikm, "Nilai", 77.10m)]);

    /// <summary>
    /// Every stream of Towuti's framework as the ledger would hold it: 2021 (the Renstra 2021–2026, PK, pengukuran),
    /// 2022 and 2023 (PK, Triwulan IV pengukuran), each decided in order.
    /// </summary>
    public static IReadOnlyList<EventEnvelope> FrameworkEvents =>
    [
        .. Specs.PerformanceSpec.History(Renstra(), Pk2021, Kinerja2021Tw4),
        .. Specs.PerformanceSpec.History(Pk2022, Kinerja2022Tw4),
        .. Specs.PerformanceSpec.History(Pk2023(), Kinerja2023Tw4),
    ];

    public static ImportKinerja Kinerja(int year, string periodEnd, params (int Row, string Indikator, decimal Realisasi, string Satuan)[] rows) =>
        new(Context(year, periodEnd), $"towuti-{year}-kinerja.csv", [.. rows.Select(r => new KinerjaRow(r.Row, r.Indikator, new Quantity(r.Realisasi, r.Satuan)))]);

    public static ImportKinerja Kinerja2021Tw4 => Kinerja(2021, "2021-12-31", (2, Ikm, 85.97m, ""));

    public static ImportKinerja Kinerja2022Tw4 => Kinerja(2022, "2022-12-31", (2, Ikm, 87.41m, ""));

    public static ImportKinerja Kinerja2023Tw4 => Kinerja(2023, "2023-12-31", (2, Ikm, 84.05m, ""), (3, CapaianProgram, 93.50m, "%"));
}
