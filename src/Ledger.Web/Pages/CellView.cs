using Ledger.Domain.Performance;
using Ledger.Sheets.Numbers;
using Ledger.Sheets.Writing;

namespace Ledger.Web.Pages;

/// <summary>How a table cell reads on a page: Indonesian numbers (<c>Rp 1.234.567</c>, <c>(5.000.000)</c>, <c>103,09%</c>) and headers.</summary>
internal static class CellView
{
    public static string Text(Cell cell) => CellRendering.Indonesian(cell);

    /// <summary>The CSS class of a predikat word: <c>pred-sangat-tinggi</c>.</summary>
    public static string PredikatClass(string? predikat) =>
        string.IsNullOrEmpty(predikat) ? "" : "pred pred-" + new string(predikat.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>The predikat a capaian percentage earns on the Permendagri 86/2017 scale, as a CSS class.</summary>
    public static string PercentClass(Cell cell) =>
        cell is PercentCell p ? PredikatClass(PredikatScale.Permendagri86.Rate(p.Value)) : "";

    public static string Header(string column) => column switch
    {
        "kode" => "Kode",
        "level" => "Tingkat",
        "uraian" => "Uraian",
        "pagu_sebelum" => "Pagu sebelum",
        "pagu_setelah" => "Pagu setelah",
        "perubahan" => "Jumlah perubahan",
        "indikator" => "Indikator",
        "target_sebelum" => "Target sebelum",
        "target_setelah" => "Target setelah",
        "target" => "Target",
        "realisasi_kinerja" => "Realisasi kinerja",
        "capaian_pct" => "Capaian",
        "predikat" => "Predikat",
        "pagu" => "Pagu",
        "realisasi" => "Realisasi",
        "serapan_pct" => "Serapan",
        "versi" => "Versi",
        "berlaku" => "Berlaku",
        "tercatat" => "Tercatat",
        "tahap" => "Tahap",
        "peristiwa" => "Peristiwa",
        "rincian" => "Rincian",
        "dasar_hukum" => "Dasar hukum",
        "alasan" => "Alasan",
        "oleh" => "Oleh",
        _ => Generic(column),
    };

    public static string Level(string? level) => level switch
    {
        "program" => "Program",
        "kegiatan" => "Kegiatan",
        "sub_kegiatan" => "Sub kegiatan",
        _ => level ?? "",
    };

    /// <summary>Evaluasi columns: <c>tw2_rp</c> → <c>TW II Rp</c>, <c>capaian_k_pct</c> → <c>Capaian K %</c>.</summary>
    private static string Generic(string column)
    {
        var words = column.Split('_').Select(word => word switch
        {
            "rp" => "Rp",
            "k" => "K",
            "pct" => "%",
            "tw1" => "TW I",
            "tw2" => "TW II",
            "tw3" => "TW III",
            "tw4" => "TW IV",
            "lalu" => "lalu",
            _ => word,
        });
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
