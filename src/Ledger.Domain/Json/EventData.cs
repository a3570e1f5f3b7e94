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
        nameof(RenstraSheetImported) => new RenstraSheetImported(d.String("source"), d.String("fingerprint"), d.Int("first_year"), d.Int("last_year"), d.Int("indicators")),
        nameof(RenstraIndicatorDefined) => new RenstraIndicatorDefined(
            d.String("tujuan"), d.NullableString("sasaran"), d.String("indikator"), d.String("satuan"), JsonText.ParseArah(d.NullableString("arah")), d.Boolean("iku"), d.Int("order")),
        nameof(RenstraIndicatorDropped) => new RenstraIndicatorDropped(d.String("tujuan"), d.NullableString("sasaran"), d.String("indikator")),
        nameof(RenstraValueSet) => new RenstraValueSet(d.String("tujuan"), d.NullableString("sasaran"), d.String("indikator"), d.RenstraSlot(), d.Quantity("value")),
        nameof(RenstraValueRevised) => new RenstraValueRevised(d.String("tujuan"), d.NullableString("sasaran"), d.String("indikator"), d.RenstraSlot(), d.Quantity("from"), d.Quantity("to")),
        nameof(RenstraValueCleared) => new RenstraValueCleared(d.String("tujuan"), d.NullableString("sasaran"), d.String("indikator"), d.RenstraSlot(), d.Quantity("from")),
        nameof(PkSheetImported) => new PkSheetImported(d.String("source"), d.String("fingerprint"), d.NullableInt("renstra"), d.Int("indicators")),
        nameof(PkIndicatorDefined) => new PkIndicatorDefined(
            d.String("sasaran"), d.String("indikator"), d.String("satuan"), JsonText.ParseArah(d.NullableString("arah")), d.Boolean("iku"), d.Int("order")),
        nameof(PkIndicatorDropped) => new PkIndicatorDropped(d.String("indikator")),
        nameof(PkTargetSet) => new PkTargetSet(d.String("indikator"), d.Quantity("target")),
        nameof(PkTargetRevised) => new PkTargetRevised(d.String("indikator"), d.Quantity("from"), d.Quantity("to")),
        nameof(PkProgramsAssigned) => new PkProgramsAssigned(d.String("indikator"), d.Kodes("from"), d.Kodes("to")),
        nameof(KinerjaSheetImported) => new KinerjaSheetImported(d.String("source"), d.String("fingerprint"), d.Int("indicators")),
        nameof(PengukuranReported) => new PengukuranReported(d.String("indikator"), d.Quantity("realisasi")),
        nameof(PengukuranRevised) => new PengukuranRevised(d.String("indikator"), d.Quantity("from"), d.Quantity("to")),
        _ => throw new EventFormatException($"unknown event type '{type}'"),
    };

    private static LineAttributes Attributes(JsonFields d) =>
        new(d.NullableString("lokasi"), d.NullableString("sumber_dana"), d.NullableString("kelompok_sasaran"));

    private static Level ReadLevel(string text) =>
        Levels.TryParse(text, out var level) ? level : throw new EventFormatException($"'{text}' is not a level");
}
