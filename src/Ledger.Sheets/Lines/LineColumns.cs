namespace Ledger.Sheets.Lines;

/// <summary>Header names of the budget and realisasi sheets (contract §4, §5), normalised.</summary>
public static class LineColumns
{
    public const string Kode = "kode";
    public const string Uraian = "uraian";
    public const string Pagu = "pagu";
    public const string Indikator = "indikator";
    public const string Target = "target";
    public const string Arah = "arah";
    public const string Lokasi = "lokasi";
    public const string SumberDana = "sumber_dana";
    public const string KelompokSasaran = "kelompok_sasaran";
    public const string TargetRenstra = "target_renstra";
    public const string PaguRenstra = "pagu_renstra";
    public const string Realisasi = "realisasi";
    public const string RealisasiKinerja = "realisasi_kinerja";
    public const string SerapanPct = "serapan_pct";
    public const string CapaianPct = "capaian_pct";

    public static readonly IReadOnlyList<string> BudgetRequired = [Kode, Uraian, Pagu];

    public static readonly IReadOnlyList<string> Budget =
        [Kode, Uraian, Pagu, Indikator, Target, Arah, Lokasi, SumberDana, KelompokSasaran, TargetRenstra, PaguRenstra];

    public static readonly IReadOnlyList<string> RealisasiRequired = [Kode, Realisasi];

    public static readonly IReadOnlyList<string> RealisasiAll =
        [Kode, Uraian, Realisasi, Indikator, RealisasiKinerja, SerapanPct, CapaianPct];
}
