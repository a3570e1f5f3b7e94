using System.Text;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Json;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Json;

public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(Samples.ForEveryEventType), MemberType = typeof(Samples))]
    public void Every_event_type_reads_back_as_it_was_written(string eventType)
    {
        var envelope = Samples.Of(eventType);

        Assert.Equal(envelope, EventJson.Deserialize(EventJson.Serialize(envelope)));
    }

    [Theory]
    [MemberData(nameof(Samples.ForEveryEventType), MemberType = typeof(Samples))]
    public void Reading_then_writing_gives_the_same_bytes(string eventType)
    {
        var bytes = EventJson.Serialize(Samples.Of(eventType));

        Assert.Equal(bytes, EventJson.Serialize(EventJson.Deserialize(bytes)));
    }

    [Fact]
    public void Every_event_the_decider_produces_reads_back_as_it_was_written()
    {
        var history = History(
            Murni.Import(Stage.Murni, "2019-12-31"),
            Murni.Without(Laporan).With(Forkopimka, indicators: [Ind("Jumlah Rapat Koordinasi Forkopimka", 10, "Kali")])
                .With(Gaji, uraian: "Penyediaan Gaji dan Tunjangan ASN Kecamatan", attributes: new LineAttributes("MANGKUTANA", "DAU", null))
                .Import(Stage.Perubahan, "2020-08-05"),
            new CorrectPagu(Context(Stage.Murni, "2020-03-01", recorded: "2020-09-01T03:00:00Z", reason: "salah ketik"), K(Dokumen), Rp(12_500_000)));

        Assert.All(history, e => Assert.Equal(e, EventJson.Deserialize(EventJson.Serialize(e))));
        Assert.Equal(
            ["BudgetSheetImported", "IndicatorDefined", "IndicatorDropped", "LineDescribed", "LineOpened", "LineRemoved",
             "PaguAllocated", "PaguCorrected", "TargetRevised", "TargetSet"],
            history.Select(e => e.EventType).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Trailing_zeros_of_a_target_do_not_change_the_stored_form()
    {
        var sample = Samples.Of(nameof(TargetSet));
        var a = sample with { Event = new TargetSet(K("7.01"), "Persentase", Q(78.50m, "%")) };
        var b = sample with { Event = new TargetSet(K("7.01"), "Persentase", Q(78.5m, "%")) };

        Assert.Equal(EventJson.SerializeToString(a), EventJson.SerializeToString(b));
        Assert.Contains("\"value\":78.5,", EventJson.SerializeToString(a), StringComparison.Ordinal);
    }

    [Fact]
    public void Indonesian_text_stays_readable_in_the_stored_form()
    {
        var json = EventJson.SerializeToString(Samples.Of(nameof(PaguRevised)));

        Assert.Contains("Mendagri–Menkeu", json, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(json), EventJson.Serialize(Samples.Of(nameof(PaguRevised))));
    }
}
