using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using static Ledger.Testing.Performance.TowutiFramework;

namespace Ledger.Domain.Tests.Performance;

/// <summary>
/// ADR 5 and 7: <c>ledger append</c> admits a performance event only where <see cref="Ledger.Domain.Performance.PerformanceDecider"/>
/// could have written it, as it does the budget's.
/// </summary>
public sealed class PerformanceAdmissionSpecs
{
    private static Rejection? FirstRefusal(IEnumerable<EventEnvelope> events)
    {
        var streams = new Dictionary<int, StreamAdmission>();
        foreach (var e in events)
        {
            var admission = streams.TryGetValue(e.FiscalYear, out var a) ? a : streams[e.FiscalYear] = new StreamAdmission(e.Unit, e.FiscalYear);
            if (admission.Admit(e) is { } refused)
                return refused;
        }
        return streams.Values.Select(s => s.Close()).FirstOrDefault(r => r is not null);
    }

    private static EventEnvelope[] Replace<T>(Func<T, BudgetEvent> change) where T : BudgetEvent
    {
        var at = Array.FindIndex([.. FrameworkEvents], e => e.Event is T);
        return [.. FrameworkEvents.Select((e, i) => i == at ? e with { Event = change((T)e.Event) } : e)];
    }

    [Fact]
    public void Every_event_of_Towuti_s_Renstra_PKs_and_pengukuran_is_admitted_where_the_decider_wrote_it() =>
        Assert.Null(FirstRefusal(FrameworkEvents));

    [Fact]
    public void A_PK_target_revised_from_a_value_it_does_not_hold_is_refused()
    {
        var events = Testing.Specs.PerformanceSpec.History(Pk2023(), Kinerja2023Tw4,
            Pk(2023, [Pk2023Rows[0] with { Target = new Quantity(80, "Nilai") }, Pk2023Rows[1]], effective: "2023-07-15", recorded: "2024-02-01T00:00:00Z"));
        var tampered = events.Select(e => e.Event is PkTargetRevised r ? e with { Event = r with { From = new Quantity(70, "Nilai") } } : e);

        Assert.Contains("is revised from 70 Nilai, but it is 78,5 Nilai", FirstRefusal(tampered)?.Message);
    }

    [Fact]
    public void A_realisasi_for_an_indicator_the_year_s_PK_does_not_have_is_refused() =>
        Assert.Contains("is not an indicator of the 2021 PK", FirstRefusal(Replace<PengukuranReported>(_ => new PengukuranReported(Lakip, new Quantity(70, "Nilai"))))?.Message);

    [Fact]
    public void A_Renstra_in_the_stream_of_another_year_than_its_first_is_refused() =>
        Assert.Contains("lives in the stream of its first year",
            FirstRefusal(Replace<RenstraSheetImported>(e => e with { FirstYear = 2022, LastYear = 2026 }))?.Message);

    [Fact]
    public void A_Renstra_target_for_a_year_outside_its_period_is_refused() =>
        Assert.Contains("column target_2030 lies outside the period 2021–2026",
            FirstRefusal(Replace<RenstraValueSet>(e => e with { Slot = RenstraSlot.TargetOf(2030) }))?.Message);
}
