using Ledger.Domain.Events;
using Ledger.Domain.Values;
using static Ledger.Testing.Performance.TowutiFramework;
using static Ledger.Testing.Specs.PerformanceSpec;

namespace Ledger.Domain.Tests.Performance;

public sealed class RenstraImportSpecs
{
    private static Quantity N(decimal value) => new(value, "Nilai");

    [Fact]
    public void Given_no_Renstra_when_Towuti_2021_2026_is_imported_then_each_indicator_enters_with_its_baseline_yearly_targets_and_end_target()
    {
        var events = PerformanceSpec.Given().When(Renstra()).ThenAccepted();

        Assert.Equal(new RenstraSheetImported("towuti-renstra-2021-2026.csv", Renstra().Fingerprint, 2021, 2026, 4), events[0].Event);
        var ikm = events.Select(e => e.Event).SkipWhile(e => e is not RenstraIndicatorDefined { Indikator: Ikm }).Take(8).ToArray();
        Assert.Equal(
            [
                new RenstraIndicatorDefined(TujuanI, SasaranI, Ikm, "Nilai", Arah.Naik, true, 1),
                new RenstraValueSet(TujuanI, SasaranI, Ikm, RenstraSlot.KondisiAwal, N(75.97m)),
                new RenstraValueSet(TujuanI, SasaranI, Ikm, RenstraSlot.TargetOf(2022), N(77.1m)),
                new RenstraValueSet(TujuanI, SasaranI, Ikm, RenstraSlot.TargetOf(2023), N(78.5m)),
                new RenstraValueSet(TujuanI, SasaranI, Ikm, RenstraSlot.TargetOf(2024), N(80.1m)),
                new RenstraValueSet(TujuanI, SasaranI, Ikm, RenstraSlot.TargetOf(2025), N(81.9m)),
                new RenstraValueSet(TujuanI, SasaranI, Ikm, RenstraSlot.TargetOf(2026), N(84.1m)),
                new RenstraValueSet(TujuanI, SasaranI, Ikm, RenstraSlot.TargetAkhir, N(84.1m)),
            ],
            ikm);
        Assert.Equal(1 + 4 * 8, events.Count);
        Assert.All(events, e => Assert.Equal(2021, e.FiscalYear));
    }

    [Fact]
    public void Given_the_Renstra_when_the_same_sheet_is_imported_again_then_nothing_is_appended() =>
        PerformanceSpec.Given(History(Renstra())).When(Renstra(effective: "2021-07-01")).ThenNothing();

    [Fact]
    public void Given_the_Renstra_when_a_reviewed_sheet_changes_one_target_then_only_that_revision_is_appended_carrying_from_and_to()
    {
        var reviewed = RenstraRows.Select(r => r.Indikator == Ikm
            ? r with { Values = new Dictionary<RenstraSlot, Quantity>(r.Values) { [RenstraSlot.TargetOf(2024)] = N(80.5m) } }
            : r).ToList();

        PerformanceSpec.Given(History(Renstra())).When(Renstra(reviewed, effective: "2022-03-01"))
            .ThenChanges(new RenstraValueRevised(TujuanI, SasaranI, Ikm, RenstraSlot.TargetOf(2024), N(80.1m), N(80.5m)));
    }

    [Fact]
    public void Given_the_Renstra_when_a_sheet_leaves_out_an_indicator_and_a_cell_then_the_indicator_is_dropped_and_the_figure_cleared()
    {
        var reviewed = RenstraRows.Where(r => r.Indikator != Lakip)
            .Select(r => r.Indikator == Ikm ? r with { Values = r.Values.Where(v => v.Key != RenstraSlot.KondisiAwal).ToDictionary() } : r)
            .ToList();

        PerformanceSpec.Given(History(Renstra())).When(Renstra(reviewed, effective: "2022-03-01")).ThenChanges(
            new RenstraValueCleared(TujuanI, SasaranI, Ikm, RenstraSlot.KondisiAwal, N(75.97m)),
            new RenstraIndicatorDefined(TujuanII, SasaranII, CapaianProgram, "%", Arah.Naik, false, 2),
            new RenstraIndicatorDropped(TujuanII, null, Lakip));
    }

    [Fact]
    public void When_a_target_column_lies_outside_the_period_then_the_sheet_is_refused_at_that_row_and_column()
    {
        var rows = RenstraRows.Select(r => r.Row == 4
            ? r with { Values = new Dictionary<RenstraSlot, Quantity>(r.Values) { [RenstraSlot.TargetOf(2027)] = N(79m) } }
            : r).ToList();

        PerformanceSpec.Given().When(Renstra(rows)).ThenRejected("column target_2027 lies outside the period 2021–2026", field: "target_2027", row: 4);
    }

    [Fact]
    public void When_the_period_spans_more_than_six_years_then_it_is_refused() =>
        PerformanceSpec.Given().When(Renstra(first: 2021, last: 2027, rows: [])).ThenRejected("is not a Renstra's", field: "period");

    [Fact]
    public void When_an_indicator_is_listed_twice_under_the_same_sasaran_then_the_second_row_is_refused() =>
        PerformanceSpec.Given().When(Renstra([.. RenstraRows, RenstraRows[1] with { Row = 6 }]))
            .ThenRejected("listed twice", field: "indikator", row: 6);

    [Fact]
    public void When_the_Renstra_is_not_written_to_the_stream_of_its_first_year_then_it_is_refused() =>
        PerformanceSpec.Given().When(Renstra() with { Context = Context(2023, "2021-06-30") }).ThenRejected("belongs to the stream of 2021", field: "period");

    [Fact]
    public void Given_a_later_recorded_instant_in_the_stream_when_the_clock_reads_earlier_then_nothing_is_written() =>
        PerformanceSpec.Given(History(Renstra(recorded: "2021-07-05T00:00:00Z")))
            .When(Renstra(RenstraRows.Take(2).ToList(), recorded: "2021-07-04T00:00:00Z"))
            .ThenRejected("recorded instants never run backwards");
}
