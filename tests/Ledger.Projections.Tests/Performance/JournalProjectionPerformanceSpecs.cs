using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections.Performance;
using Ledger.Testing.Performance;
using static Ledger.Testing.Performance.TowutiFramework;

namespace Ledger.Projections.Tests.Performance;

public sealed class JournalProjectionPerformanceSpecs
{
    [Fact]
    public void The_journal_projection_holds_each_unit_s_framework_as_the_fold_of_its_events_does()
    {
        var projection = new Ledger.Projections.Journal.JournalProjection();
        var position = 0L;
        foreach (var envelope in FrameworkEvents)
            projection.Apply(++position, envelope);

        var live = projection.Performance(TowutiFramework.Unit);
        var folded = PerformanceAt.Fold(TowutiFramework.Unit, FrameworkEvents, TimeSlice.Everything);

        Assert.Equal(folded.PkYears, live.PkYears);
        Assert.Equal(
            folded.IndicatorsAt(2023, Date("2023-12-31")).Select(i => (i.Pk.Indikator, i.Pk.Target, i.Pk.Programs, i.Realisasi, i.TargetAkhir)),
            live.IndicatorsAt(2023, Date("2023-12-31")).Select(i => (i.Pk.Indikator, i.Pk.Target, i.Pk.Programs, i.Realisasi, i.TargetAkhir)));
        Assert.Empty(projection.Performance("Kecamatan Mangkutana").Years);
    }
}
