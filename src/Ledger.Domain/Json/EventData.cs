using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Json;

/// <summary>Builds each event type from the fields of its <c>data</c> object.</summary>
internal static class EventData
{
    public static BudgetEvent Read(string type, JsonFields d) => type switch
    {
        nameof(BudgetSheetImported) => new BudgetSheetImported(d.String("source"), d.String("fingerprint"), checked((int)d.Integer("lines"))),
        nameof(LineOpened) => new LineOpened(d.Kode(), ReadLevel(d.String("level")), d.NullableKode("parent"), d.String("uraian"), Attributes(d)),
        nameof(LineDescribed) => new LineDescribed(d.Kode(), d.String("uraian"), Attributes(d)),
        nameof(LineRegrouped) => new LineRegrouped(d.Kode(), ReadLevel(d.String("level")), d.NullableKode("parent")),
        nameof(LineRemoved) => new LineRemoved(d.Kode()),
        nameof(PaguAllocated) => new PaguAllocated(d.Kode(), d.Money("pagu")),
        nameof(PaguRevised) => new PaguRevised(d.Kode(), d.Money("from"), d.Money("to")),
        nameof(PaguCorrected) => new PaguCorrected(d.Kode(), d.Money("from"), d.Money("to")),
        nameof(IndicatorDefined) => new IndicatorDefined(d.Kode(), d.String("indikator"), d.NullableString("satuan") ?? "", JsonText.ParseArah(d.NullableString("arah"))),
        nameof(IndicatorDropped) => new IndicatorDropped(d.Kode(), d.String("indikator")),
        nameof(TargetSet) => new TargetSet(d.Kode(), d.String("indikator"), d.Quantity("target")),
        nameof(TargetRenstraSet) => new TargetRenstraSet(d.Kode(), d.String("indikator"), d.Quantity("target")),
        nameof(PaguRenstraSet) => new PaguRenstraSet(d.Kode(), d.Money("pagu")),
        nameof(TargetRevised) => new TargetRevised(d.Kode(), d.String("indikator"), d.Quantity("from"), d.Quantity("to")),
        nameof(RealisasiSheetImported) => new RealisasiSheetImported(d.String("source"), d.String("fingerprint"), checked((int)d.Integer("lines"))),
        nameof(RealisasiReported) => new RealisasiReported(d.Kode(), d.Money("realisasi")),
        nameof(KinerjaReported) => new KinerjaReported(d.Kode(), d.String("indikator"), d.Quantity("realisasi")),
        _ => throw new EventFormatException($"unknown event type '{type}'"),
    };

    private static LineAttributes Attributes(JsonFields d) =>
        new(d.NullableString("lokasi"), d.NullableString("sumber_dana"), d.NullableString("kelompok_sasaran"));

    private static Level ReadLevel(string text) =>
        Levels.TryParse(text, out var level) ? level : throw new EventFormatException($"'{text}' is not a level");
}
