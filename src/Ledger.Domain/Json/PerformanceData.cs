using System.Text.Json;
using Ledger.Domain.Events;

namespace Ledger.Domain.Json;

/// <summary>The <c>data</c> object of the performance events (contract §9), in a fixed property order.</summary>
internal static class PerformanceData
{
    public static void Write(Utf8JsonWriter w, PerformanceEvent @event)
    {
        switch (@event)
        {
            case RenstraSheetImported e:
                w.WriteString("source", e.Source);
                w.WriteString("fingerprint", e.Fingerprint);
                w.WriteNumber("first_year", e.FirstYear);
                w.WriteNumber("last_year", e.LastYear);
                w.WriteNumber("indicators", e.IndicatorCount);
                break;
            case RenstraIndicatorDefined e:
                Renstra(w, e.Tujuan, e.Sasaran, e.Indikator);
                w.WriteString("satuan", e.Satuan);
                w.WriteString("arah", JsonText.Arah(e.Arah));
                w.WriteBoolean("iku", e.Iku);
                w.WriteNumber("order", e.Order);
                break;
            case RenstraIndicatorDropped e:
                Renstra(w, e.Tujuan, e.Sasaran, e.Indikator);
                break;
            case RenstraValueSet e:
                Renstra(w, e.Tujuan, e.Sasaran, e.Indikator);
                w.WriteString("slot", e.Slot.ToString());
                EnvelopeWriter.WriteQuantity(w, "value", e.Value);
                break;
            case RenstraValueRevised e:
                Renstra(w, e.Tujuan, e.Sasaran, e.Indikator);
                w.WriteString("slot", e.Slot.ToString());
                EnvelopeWriter.WriteQuantity(w, "from", e.From);
                EnvelopeWriter.WriteQuantity(w, "to", e.To);
                break;
            case RenstraValueCleared e:
                Renstra(w, e.Tujuan, e.Sasaran, e.Indikator);
                w.WriteString("slot", e.Slot.ToString());
                EnvelopeWriter.WriteQuantity(w, "from", e.From);
                break;
            case PkSheetImported e:
                w.WriteString("source", e.Source);
                w.WriteString("fingerprint", e.Fingerprint);
                if (e.RenstraFirstYear is { } renstra)
                    w.WriteNumber("renstra", renstra);
                else
                    w.WriteNull("renstra");
                w.WriteNumber("indicators", e.IndicatorCount);
                break;
            case PkIndicatorDefined e:
                w.WriteString("sasaran", e.Sasaran);
                w.WriteString("indikator", e.Indikator);
                w.WriteString("satuan", e.Satuan);
                w.WriteString("arah", JsonText.Arah(e.Arah));
                w.WriteBoolean("iku", e.Iku);
                w.WriteNumber("order", e.Order);
                break;
            case PkIndicatorDropped e:
                w.WriteString("indikator", e.Indikator);
                break;
            case PkTargetSet e:
                w.WriteString("indikator", e.Indikator);
                EnvelopeWriter.WriteQuantity(w, "target", e.Target);
                break;
            case PkTargetRevised e:
                w.WriteString("indikator", e.Indikator);
                EnvelopeWriter.WriteQuantity(w, "from", e.From);
                EnvelopeWriter.WriteQuantity(w, "to", e.To);
                break;
            case PkProgramsAssigned e:
                w.WriteString("indikator", e.Indikator);
                w.WriteString("from", e.From.ToString());
                w.WriteString("to", e.To.ToString());
                break;
            case KinerjaSheetImported e:
                w.WriteString("source", e.Source);
                w.WriteString("fingerprint", e.Fingerprint);
                w.WriteNumber("indicators", e.IndicatorCount);
                break;
            case PengukuranReported e:
                w.WriteString("indikator", e.Indikator);
                EnvelopeWriter.WriteQuantity(w, "realisasi", e.Realisasi);
                break;
            case PengukuranRevised e:
                w.WriteString("indikator", e.Indikator);
                EnvelopeWriter.WriteQuantity(w, "from", e.From);
                EnvelopeWriter.WriteQuantity(w, "to", e.To);
                break;
            default:
                throw new InvalidOperationException($"no JSON form for {@event.GetType().Name}");
        }
    }

    private static void Renstra(Utf8JsonWriter w, string tujuan, string? sasaran, string indikator)
    {
        w.WriteString("tujuan", tujuan);
        EnvelopeWriter.WriteNullable(w, "sasaran", sasaran);
        w.WriteString("indikator", indikator);
    }
}
