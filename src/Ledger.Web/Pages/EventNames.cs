namespace Ledger.Web.Pages;

/// <summary>Event types as auditors read them on the history page, in Indonesian.</summary>
internal static class EventNames
{
    public static string Label(string eventType) => eventType switch
    {
        "BudgetSheetImported" => "Lembar anggaran diimpor",
        "RealisasiSheetImported" => "Lembar realisasi diimpor",
        "LineOpened" => "Baris dibuka",
        "LineDescribed" => "Uraian diubah",
        "LineRegrouped" => "Baris dipindah",
        "LineRemoved" => "Baris dihapus",
        "PaguAllocated" => "Pagu ditetapkan",
        "PaguRevised" => "Pagu diubah",
        "PaguCorrected" => "Pagu dikoreksi",
        "IndicatorDefined" => "Indikator ditetapkan",
        "IndicatorDropped" => "Indikator dihapus",
        "TargetSet" => "Target ditetapkan",
        "TargetRevised" => "Target diubah",
        "TargetRenstraSet" => "Target Renstra ditetapkan",
        "PaguRenstraSet" => "Pagu Renstra ditetapkan",
        "RealisasiReported" => "Realisasi dilaporkan",
        "KinerjaReported" => "Realisasi kinerja dilaporkan",
        _ => eventType,
    };
}
