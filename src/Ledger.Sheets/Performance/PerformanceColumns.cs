using System.Globalization;

namespace Ledger.Sheets.Performance;

/// <summary>Header names of the Renstra, PK and kinerja sheets (contract §9.1–9.3) and of a predikat scale (§9.5), normalised.</summary>
public static class PerformanceColumns
{
    public const string Tujuan = "tujuan";
    public const string Sasaran = "sasaran";
    public const string Tingkat = "tingkat";
    public const string Indikator = "indikator";
    public const string Satuan = "satuan";
    public const string Arah = "arah";
    public const string Iku = "iku";
    public const string KondisiAwal = "kondisi_awal";
    public const string TargetAkhir = "target_akhir";
    public const string Target = "target";
    public const string Program = "program";
    public const string Realisasi = "realisasi";
    public const string CapaianPct = "capaian_pct";
    public const string LebihDari = "lebih_dari";
    public const string Predikat = "predikat";

    /// <summary>The prefix of a year's target column, <c>target_2024</c>.</summary>
    public const string TargetYearPrefix = "target_";

    public static readonly IReadOnlyList<string> RenstraRequired = [Tujuan, Indikator];

    public static readonly IReadOnlyList<string> Renstra = [Tujuan, Sasaran, Tingkat, Indikator, Satuan, Arah, Iku, KondisiAwal, TargetAkhir];

    public static readonly IReadOnlyList<string> PkRequired = [Sasaran, Indikator, Target];

    public static readonly IReadOnlyList<string> Pk = [Sasaran, Indikator, Satuan, Arah, Target, Program];

    public static readonly IReadOnlyList<string> KinerjaRequired = [Indikator, Realisasi];

    public static readonly IReadOnlyList<string> Kinerja = [Indikator, Realisasi, CapaianPct];

    public static readonly IReadOnlyList<string> PredikatScale = [LebihDari, Predikat];

    /// <summary>The name of the target column of <paramref name="year"/>: <c>target_2024</c>.</summary>
    public static string TargetOf(int year) => TargetYearPrefix + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The year of a normalised <c>target_YYYY</c> header name; false for any other name.</summary>
    public static bool IsTargetYear(string name, out int year)
    {
        year = 0;
        var digits = name.StartsWith(TargetYearPrefix, StringComparison.Ordinal) ? name[TargetYearPrefix.Length..] : "";
        return digits.Length == 4 && digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }
}
