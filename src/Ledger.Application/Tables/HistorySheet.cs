using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections.History;
using Ledger.Sheets.Writing;

namespace Ledger.Application.Tables;

/// <summary>A line's history as a table: one row per event, what it did in words, and who decided it on what basis.</summary>
public static class HistorySheet
{
    public static readonly IReadOnlyList<Column> Columns =
    [
        new("versi", CellKind.Number),
        new("berlaku", CellKind.Text),
        new("tercatat", CellKind.Text),
        new("tahap", CellKind.Text),
        new("kode", CellKind.Text),
        new("peristiwa", CellKind.Text),
        new("rincian", CellKind.Text),
        new("dasar_hukum", CellKind.Text),
        new("alasan", CellKind.Text),
        new("oleh", CellKind.Text),
    ];

    public static Table From(string title, IReadOnlyList<HistoryEntry> entries)
    {
        var rows = entries.Select(entry => (IReadOnlyList<Cell>)
        [
            Cell.OfNumber(entry.Version),
            Cell.OfText(entry.Envelope.Effective.ToString("yyyy-MM-dd", null)),
            Cell.OfText(entry.Envelope.Recorded.ToString()),
            Cell.OfText(entry.Envelope.Stage.Name()),
            Cell.OfText(entry.Envelope.Event.Line?.Value),
            Cell.OfText(entry.Envelope.EventType),
            Cell.OfPhrase(Describe(entry.Envelope.Event)),
            Cell.OfText(entry.Envelope.Basis),
            Cell.OfText(entry.Envelope.Reason),
            Cell.OfText(entry.Envelope.Actor),
        ]).ToList();
        return new Table(title, Columns, rows);
    }

    public static FormattableString Describe(BudgetEvent @event) => @event switch
    {
        BudgetSheetImported e => $"lembar {e.Source} diimpor ({e.LineCount} baris)",
        LineOpened e => $"{e.Level.Name()} dibuka: {e.Uraian}",
        LineDescribed e => $"uraian menjadi: {e.Uraian}",
        LineRegrouped e => $"kini {e.Level.Name()} {(e.Parent is { } parent ? "di bawah " + parent : "tanpa induk")}",
        LineRemoved => $"baris dihapus; pagu menjadi {Money.Zero}",
        PaguAllocated e => $"pagu {e.Pagu}",
        PaguRevised e => $"pagu {e.From} → {e.To} ({e.To - e.From:+})",
        PaguCorrected e => $"koreksi pagu {e.From} → {e.To} ({e.To - e.From:+})",
        IndicatorDefined e => $"indikator: {e.Indikator}{(e.Arah == Arah.Turun ? " (turun)" : "")}",
        IndicatorDropped e => $"indikator dihapus: {e.Indikator}",
        TargetSet e => $"target {e.Indikator}: {e.Target}",
        TargetRenstraSet e => $"target Renstra {e.Indikator}: {e.Target}",
        PaguRenstraSet e => $"pagu Renstra {e.Pagu}",
        TargetRevised e => $"target {e.Indikator}: {e.From} → {e.To}",
        RealisasiSheetImported e => $"lembar realisasi {e.Source} diimpor ({e.LineCount} baris)",
        RealisasiReported e => $"realisasi kumulatif {e.Realisasi}",
        KinerjaReported e => $"realisasi {e.Indikator}: {e.Realisasi}",
        PerformanceEvent e => DescribePerformance(e),
        _ => $"{@event.GetType().Name}",
    };

    /// <summary>The Renstra's, the PK's and the pengukuran's events (contract §9), each naming its indicator.</summary>
    private static FormattableString DescribePerformance(PerformanceEvent @event) => @event switch
    {
        RenstraSheetImported e => $"Renstra {e.FirstYear}–{e.LastYear}: lembar {e.Source} diimpor ({e.IndicatorCount} indikator)",
        RenstraIndicatorDefined e => $"indikator Renstra: {e.Indikator} ({Owner(e.Tujuan, e.Sasaran)}){(e.Arah == Arah.Turun ? " (turun)" : "")}{(e.Iku ? ", IKU" : "")}",
        RenstraIndicatorDropped e => $"indikator Renstra dihapus: {e.Indikator}",
        RenstraValueSet e => $"Renstra {e.Indikator}, {e.Slot.ToString()}: {e.Value}",
        RenstraValueRevised e => $"Renstra {e.Indikator}, {e.Slot.ToString()}: {e.From} → {e.To}",
        RenstraValueCleared e => $"Renstra {e.Indikator}, {e.Slot.ToString()}: {e.From} dihapus",
        PkSheetImported e => $"PK: lembar {e.Source} diimpor ({e.IndicatorCount} indikator{(e.RenstraFirstYear is { } first ? $", diperiksa terhadap Renstra mulai {first}" : "")})",
        PkIndicatorDefined e => $"indikator PK: {e.Indikator} (sasaran {e.Sasaran}){(e.Arah == Arah.Turun ? " (turun)" : "")}{(e.Iku ? ", IKU" : "")}",
        PkIndicatorDropped e => $"indikator PK dihapus: {e.Indikator}",
        PkTargetSet e => $"target PK {e.Indikator}: {e.Target}",
        PkTargetRevised e => $"target PK {e.Indikator}: {e.From} → {e.To}",
        PkProgramsAssigned e => $"program {e.Indikator}: {Kodes(e.From)} → {Kodes(e.To)}",
        KinerjaSheetImported e => $"pengukuran: lembar {e.Source} diimpor ({e.IndicatorCount} indikator)",
        PengukuranReported e => $"realisasi {e.Indikator}: {e.Realisasi}",
        PengukuranRevised e => $"realisasi {e.Indikator}: {e.From} → {e.To}",
        _ => $"{@event.GetType().Name}",
    };

    private static string Owner(string tujuan, string? sasaran) => sasaran is null ? "tujuan " + tujuan : "sasaran " + sasaran;

    private static string Kodes(KodeList kodes) => kodes.Items.IsEmpty ? "-" : kodes.ToString();
}
