using System.Text.Json;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Json;

internal static class EnvelopeWriter
{
    public static void Write(Utf8JsonWriter w, EventEnvelope e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", e.EventType);
        w.WriteNumber("schema", e.SchemaVersion);
        w.WriteString("unit", e.Unit);
        w.WriteNumber("year", e.FiscalYear);
        w.WriteString("stage", e.Stage.Name());
        w.WriteString("effective", JsonText.Date(e.Effective));
        w.WriteString("recorded", JsonText.Instant(e.Recorded));
        WriteNullable(w, "basis", e.Basis);
        WriteNullable(w, "reason", e.Reason);
        w.WriteString("actor", e.Actor);
        w.WritePropertyName("data");
        w.WriteStartObject();
        WriteData(w, e.Event);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter w, BudgetEvent @event)
    {
        switch (@event)
        {
            case BudgetSheetImported e:
                w.WriteString("source", e.Source);
                w.WriteString("fingerprint", e.Fingerprint);
                w.WriteNumber("lines", e.LineCount);
                break;
            case LineOpened e:
                w.WriteString("kode", e.Kode.Value);
                w.WriteString("level", e.Level.Name());
                WriteNullable(w, "parent", e.Parent?.Value);
                WriteDescription(w, e.Uraian, e.Attributes);
                break;
            case LineDescribed e:
                w.WriteString("kode", e.Kode.Value);
                WriteDescription(w, e.Uraian, e.Attributes);
                break;
            case LineRegrouped e:
                w.WriteString("kode", e.Kode.Value);
                w.WriteString("level", e.Level.Name());
                WriteNullable(w, "parent", e.Parent?.Value);
                break;
            case LineRemoved e:
                w.WriteString("kode", e.Kode.Value);
                break;
            case PaguAllocated e:
                w.WriteString("kode", e.Kode.Value);
                w.WriteNumber("pagu", e.Pagu.Rupiah);
                break;
            case PaguRevised e:
                WriteChange(w, e.Kode, e.From, e.To);
                break;
            case PaguCorrected e:
                WriteChange(w, e.Kode, e.From, e.To);
                break;
            case IndicatorDefined e:
                WriteIndicator(w, e.Kode, e.Indikator);
                w.WriteString("satuan", e.Satuan);
                w.WriteString("arah", JsonText.Arah(e.Arah));
                break;
            case IndicatorDropped e:
                WriteIndicator(w, e.Kode, e.Indikator);
                break;
            case TargetSet e:
                WriteIndicator(w, e.Kode, e.Indikator);
                WriteQuantity(w, "target", e.Target);
                break;
            case TargetRenstraSet e:
                WriteIndicator(w, e.Kode, e.Indikator);
                WriteQuantity(w, "target", e.Target);
                break;
            case PaguRenstraSet e:
                w.WriteString("kode", e.Kode.Value);
                w.WriteNumber("pagu", e.Pagu.Rupiah);
                break;
            case TargetRevised e:
                WriteIndicator(w, e.Kode, e.Indikator);
                WriteQuantity(w, "from", e.From);
                WriteQuantity(w, "to", e.To);
                break;
            case RealisasiSheetImported e:
                w.WriteString("source", e.Source);
                w.WriteString("fingerprint", e.Fingerprint);
                w.WriteNumber("lines", e.LineCount);
                break;
            case RealisasiReported e:
                w.WriteString("kode", e.Kode.Value);
                w.WriteNumber("realisasi", e.Realisasi.Rupiah);
                break;
            case KinerjaReported e:
                WriteIndicator(w, e.Kode, e.Indikator);
                WriteQuantity(w, "realisasi", e.Realisasi);
                break;
            case PerformanceEvent e:
                PerformanceData.Write(w, e);
                break;
            default:
                throw new InvalidOperationException($"no JSON form for {@event.GetType().Name}");
        }
    }

    private static void WriteDescription(Utf8JsonWriter w, string uraian, LineAttributes attributes)
    {
        w.WriteString("uraian", uraian);
        WriteNullable(w, "lokasi", attributes.Lokasi);
        WriteNullable(w, "sumber_dana", attributes.SumberDana);
        WriteNullable(w, "kelompok_sasaran", attributes.KelompokSasaran);
    }

    private static void WriteChange(Utf8JsonWriter w, Kode kode, Money from, Money to)
    {
        w.WriteString("kode", kode.Value);
        w.WriteNumber("from", from.Rupiah);
        w.WriteNumber("to", to.Rupiah);
    }

    private static void WriteIndicator(Utf8JsonWriter w, Kode kode, string indikator)
    {
        w.WriteString("kode", kode.Value);
        w.WriteString("indikator", indikator);
    }

    internal static void WriteQuantity(Utf8JsonWriter w, string name, Quantity quantity)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WriteNumber("value", JsonText.Canonical(quantity.Value));
        w.WriteString("satuan", quantity.Satuan);
        w.WriteEndObject();
    }

    internal static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
            w.WriteNull(name);
        else
            w.WriteString(name, value);
    }
}
