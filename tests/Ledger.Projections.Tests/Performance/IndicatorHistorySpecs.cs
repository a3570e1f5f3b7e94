using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections.History;
using static Ledger.Testing.Performance.TowutiFramework;

namespace Ledger.Projections.Tests.Performance;

public sealed class IndicatorHistorySpecs
{
    [Fact]
    public void The_history_of_the_IKM_holds_its_Renstra_row_each_year_s_PK_target_the_revision_and_every_pengukuran()
    {
        var revised = Pk(2023, [Pk2023Rows[0] with { Target = new Quantity(80, "Nilai") }, Pk2023Rows[1]],
            effective: "2023-07-15", recorded: "2024-01-10T00:00:00Z", reason: "PK perubahan");
        IEnumerable<EventEnvelope>[] streams =
        [
            [.. FrameworkEvents.Where(e => e.FiscalYear == 2021)],
            [.. FrameworkEvents.Where(e => e.FiscalYear == 2022)],
            Testing.Specs.PerformanceSpec.History(Pk2023(), Kinerja2023Tw4, revised),
        ];

        var history = IndicatorHistory.For(streams, "indeks kepuasan masyarakat");

        var targets = history.Select(h => h.Envelope.Event).OfType<PkTargetSet>().Select(t => t.Target.Value);
        Assert.Equal([75.97m, 77.10m, 78.5m], targets);
        Assert.Equal(new PkTargetRevised(Ikm, new Quantity(78.5m, "Nilai"), new Quantity(80, "Nilai")), history[^1].Envelope.Event);
        Assert.Equal(3, history.Count(h => h.Envelope.Event is PengukuranReported));
        Assert.Equal(8, history.Count(h => h.Envelope.Event is RenstraIndicatorDefined or RenstraValueSet));
        Assert.DoesNotContain(history, h => h.Envelope.Event is PengukuranReported { Indikator: CapaianProgram });
    }
}
