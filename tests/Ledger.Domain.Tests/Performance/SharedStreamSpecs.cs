using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Performance;
using Ledger.Domain.Performance.Commands;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Performance;

/// <summary>
/// ADR 0007: a year's PK and pengukuran live in the unit-year stream beside its budget. Each decider folds the whole
/// stream (ids and the clock rule are the stream's) and passes over the other's events.
/// </summary>
public sealed class SharedStreamSpecs
{
    private static readonly EventEnvelope[] Budget = History(Murni.Import(Stage.Murni, "2019-12-31"));

    private static IReadOnlySet<Kode> OpenLines(IEnumerable<EventEnvelope> stream) =>
        BudgetDecider.Fold(stream).Lines.Values.Where(l => l.IsOpen).Select(l => l.Kode).ToHashSet();

    private static ImportPk Pk(string recorded = "2020-01-31T00:00:00Z") => new(
        Context(Stage.Murni, "2020-01-30", recorded), "pk-2020.csv",
        [new PkRow(2, "Meningkatnya kualitas perencanaan", "Jumlah Dokumen Perencanaan", "Dokumen", null, new Quantity(6, "Dokumen"), KodeList.Of([K(Program1), K(Kegiatan11)]))],
        [], OpenLines(Budget));

    private static ImportKinerja Kinerja => new(
        Context(Stage.Murni, "2020-12-31", "2021-01-15T00:00:00Z"), "kinerja-2020.csv", [new KinerjaRow(2, "Jumlah Dokumen Perencanaan", new Quantity(6, ""))]);

    private static readonly EventEnvelope[] Stream = PerformanceSpec.Appended(Budget, Pk(), Kinerja);

    [Fact]
    public void Given_a_budget_with_its_PK_and_pengukuran_every_event_of_the_stream_is_admitted_where_the_deciders_wrote_it()
    {
        var admission = new StreamAdmission(Unit, Year);
        foreach (var e in Stream)
            Assert.Null(admission.Admit(e));
        Assert.Null(admission.Close());
    }

    [Fact]
    public void Given_a_PK_in_the_stream_the_budget_folds_as_without_it_and_re_importing_the_same_budget_appends_nothing()
    {
        var with = BudgetDecider.Fold(Stream);
        var without = BudgetDecider.Fold(Budget);

        Assert.Equal(StateDump.Of(without with { EventCount = with.EventCount, LastRecorded = with.LastRecorded }), StateDump.Of(with));
        Assert.Equal(Stream.Length, with.EventCount);
        DeciderSpec.Given(Stream).When(Murni.Import(Stage.Murni, "2019-12-31", recorded: "2021-02-01T00:00:00Z")).ThenNothing();
    }

    [Fact]
    public void Given_budget_events_recorded_later_when_a_PK_is_decided_with_an_earlier_clock_then_nothing_is_written() =>
        PerformanceSpec.Given(Budget).When(Pk(recorded: "2019-12-31T00:00:00Z")).ThenRejected("recorded instants never run backwards");

    [Fact]
    public void Given_a_PK_in_the_stream_the_performance_fold_counts_the_budget_events_too_so_ids_follow_the_stream_length()
    {
        var state = PerformanceDecider.Fold(Stream);

        Assert.Equal(Stream.Length, state.EventCount);
        Assert.Equal(new Quantity(6, "Dokumen"), state.RealisasiAt("jumlah dokumen perencanaan", Date("2020-12-31")));
        Assert.Null(state.RealisasiAt("Jumlah Dokumen Perencanaan", Date("2020-06-30")));
    }
}
