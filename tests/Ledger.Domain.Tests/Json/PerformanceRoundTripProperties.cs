using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Events;
using Ledger.Domain.Json;
using Ledger.Domain.Tests.Support;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Json;

public sealed class PerformanceRoundTripProperties
{
    private static readonly Gen<RenstraSlot> Slots = Gen.OneOf(
        Gen.Constant(RenstraSlot.KondisiAwal),
        Gen.Constant(RenstraSlot.TargetAkhir),
        Gen.Choose(2000, 2100).Select(RenstraSlot.TargetOf));

    private static readonly Gen<KodeList> KodeLists = Gen.ListOf(Generators.Kodes).Select(k => KodeList.Of(k));

    private static readonly Gen<string?> MaybeText = Gen.OneOf(Gen.Constant<string?>(null), Generators.Text.Select(t => (string?)t));

    // One event of every performance type from the same random figures: texts, quantities, slots, years, lists, flags.
    private static readonly Gen<PerformanceEvent> Events =
        from tujuan in Generators.Text
        from sasaran in MaybeText
        from indikator in Generators.Text
        from before in Generators.Quantities
        from after in Generators.Quantities
        from slot in Slots
        from kodes in KodeLists
        from iku in Gen.Elements(true, false)
        from arah in Gen.Elements(Arah.Naik, Arah.Turun)
        from year in Gen.Choose(2000, 2100)
        from count in Gen.Choose(0, 10_000)
        from renstra in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(2000, 2100).Select(y => (int?)y))
        from which in Gen.Choose(0, 14)
        select which switch
        {
            0 => (PerformanceEvent)new RenstraSheetImported(tujuan, indikator, year, year + 5, count),
            1 => new RenstraIndicatorDefined(tujuan, sasaran, indikator, before.Satuan, arah, iku, count),
            2 => new RenstraIndicatorDropped(tujuan, sasaran, indikator),
            3 => new RenstraValueSet(tujuan, sasaran, indikator, slot, before),
            4 => new RenstraValueRevised(tujuan, sasaran, indikator, slot, before, after),
            5 => new RenstraValueCleared(tujuan, sasaran, indikator, slot, before),
            6 => new PkSheetImported(tujuan, indikator, renstra, count),
            7 => new PkIndicatorDefined(tujuan, indikator, after.Satuan, arah, iku, count),
            8 => new PkIndicatorDropped(indikator),
            9 => new PkTargetSet(indikator, after),
            10 => new PkTargetRevised(indikator, before, after),
            11 => new PkProgramsAssigned(indikator, KodeList.Empty, kodes),
            12 => new KinerjaSheetImported(tujuan, indikator, count),
            13 => new PengukuranReported(indikator, after),
            _ => new PengukuranRevised(indikator, before, after),
        };

    [Property(MaxTest = 500)]
    public Property Every_performance_event_with_arbitrary_figures_reads_back_as_written() =>
        Prop.ForAll(Events.ToArbitrary(), @event =>
        {
            var envelope = Samples.Of(@event.GetType().Name) with { Event = @event };
            var json = EventJson.Serialize(envelope);
            var back = EventJson.Deserialize(json);
            return (back == envelope && EventJson.Serialize(back).AsSpan().SequenceEqual(json)).Label(EventJson.SerializeToString(envelope));
        });
}
