using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections.History;
using Ledger.Projections.Tests.Support;

namespace Ledger.Projections.Tests.History;

public sealed class LineHistorySpecs
{
    private static readonly EventEnvelope[] Stream = Decided.Events(
        Year2020(),
        new CorrectPagu(Context(Stage.Murni, "2020-03-01", recorded: "2020-09-15T04:00:00Z", reason: "salah ketik"), K(Komunikasi), Rp(56_000_000)));

    private static string Describe(HistoryEntry entry) => $"{entry.Envelope.Stage.Name()} {entry.Envelope.EventType}";

    [Fact]
    public void A_lines_history_is_every_event_that_touched_it_oldest_first()
    {
        var history = LineHistory.For(Stream, K(Komunikasi));

        Assert.Equal(
            ["murni LineOpened", "murni PaguAllocated", "murni IndicatorDefined", "murni TargetSet",
             "perubahan PaguRevised", "perubahan TargetRevised", "murni PaguCorrected"],
            history.Select(Describe));
        Assert.All(history, e => Assert.Equal(K(Komunikasi), e.Envelope.Event.Line));
    }

    [Fact]
    public void Each_entry_carries_its_version_in_the_stream()
    {
        var history = LineHistory.For(Stream, K(Komunikasi));

        Assert.All(history, e => Assert.Same(Stream[e.Version], e.Envelope));
        Assert.Equal(history.Select(e => e.Version).Order(), history.Select(e => e.Version));
        Assert.Equal(Stream.Length - 1, history[^1].Version);
    }

    [Fact]
    public void A_dropped_lines_history_ends_with_its_removal() =>
        Assert.Equal(
            ["murni LineOpened", "murni PaguAllocated", "murni IndicatorDefined", "murni TargetSet", "perubahan LineRemoved"],
            LineHistory.For(Stream, K(Logistik)).Select(Describe));

    [Fact]
    public void A_programs_history_holds_its_own_events_not_its_kegiatans() =>
        Assert.Equal(["murni LineOpened"], LineHistory.For(Stream, K(Administrasi)).Select(Describe));

    [Fact]
    public void A_line_never_in_the_budget_has_no_history() =>
        Assert.Empty(LineHistory.For(Stream, K("0.00.4.36.08.01.99")));

    [Fact]
    public void Without_a_kode_the_history_is_every_event_of_the_stream_sheet_imports_included()
    {
        var history = LineHistory.For(Stream, null);

        Assert.Equal(Stream, history.Select(e => e.Envelope));
        Assert.Equal(Enumerable.Range(0, Stream.Length).Select(i => (long)i), history.Select(e => e.Version));
        Assert.Equal(2, history.Count(e => e.Envelope.Event is BudgetSheetImported));
    }
}
