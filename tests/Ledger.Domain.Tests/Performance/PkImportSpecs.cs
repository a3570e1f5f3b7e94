using Ledger.Domain.Events;
using Ledger.Domain.Values;
using static Ledger.Testing.Performance.TowutiFramework;
using static Ledger.Testing.Specs.PerformanceSpec;

namespace Ledger.Domain.Tests.Performance;

public sealed class PkImportSpecs
{
    private static readonly KodeList Programs02To06 = KodeList.Of([K("02"), K("03"), K("04"), K("05"), K("06")]);

    [Fact]
    public void Given_the_Renstra_when_Towuti_PK_2023_is_imported_then_each_indicator_gets_its_target_and_the_lines_serving_it()
    {
        var events = PerformanceSpec.Given().When(Pk2023()).ThenAccepted();

        Assert.Equal(
            [
                new PkSheetImported("towuti-2023-pk.csv", Pk2023().Fingerprint, 2021, 2),
                new PkIndicatorDefined(SasaranI, Ikm, "Nilai", Arah.Naik, true, 0),
                new PkTargetSet(Ikm, new Quantity(78.5m, "Nilai")),
                new PkProgramsAssigned(Ikm, KodeList.Empty, Programs02To06),
                new PkIndicatorDefined(SasaranII, CapaianProgram, "%", Arah.Naik, false, 1),
                new PkTargetSet(CapaianProgram, new Quantity(100, "%")),
                new PkProgramsAssigned(CapaianProgram, KodeList.Empty, KodeList.Of([K("01")])),
            ],
            events.Select(e => e.Event));
    }

    [Fact]
    public void Given_the_PK_when_the_same_sheet_is_imported_again_then_nothing_is_appended() =>
        PerformanceSpec.Given(History(Pk2023())).When(Pk2023(effective: "2023-02-01", recorded: "2023-02-05T00:00:00Z")).ThenNothing();

    [Fact]
    public void Given_the_PK_when_a_sheet_revises_a_target_then_a_new_event_carries_the_old_and_the_new_target()
    {
        var revised = Pk(2023, [Pk2023Rows[0] with { Target = new Quantity(80, "Nilai") }, Pk2023Rows[1]], effective: "2023-07-15", reason: "PK perubahan");

        var events = PerformanceSpec.Given(History(Pk2023())).When(revised)
            .ThenChanges(new PkTargetRevised(Ikm, new Quantity(78.5m, "Nilai"), new Quantity(80, "Nilai")));

        Assert.Equal(Date("2023-07-15"), events[0].Effective);
    }

    [Fact]
    public void Given_the_PK_when_a_sheet_names_other_lines_for_an_indicator_then_only_that_assignment_changes() =>
        PerformanceSpec.Given(History(Pk2023()))
            .When(Pk(2023, [Pk2023Rows[0] with { Programs = KodeList.Of([K("02"), K("03")]) }, Pk2023Rows[1]], effective: "2023-07-15"))
            .ThenChanges(new PkProgramsAssigned(Ikm, Programs02To06, KodeList.Of([K("02"), K("03")])));

    [Fact]
    public void Given_the_PK_when_a_sheet_leaves_out_an_indicator_then_it_is_dropped() =>
        PerformanceSpec.Given(History(Pk2023())).When(Pk(2023, [Pk2023Rows[0]], effective: "2023-07-15")).ThenChanges(new PkIndicatorDropped(CapaianProgram));

    [Fact]
    public void When_an_indicator_is_not_in_the_Renstra_covering_the_year_then_the_row_is_refused_naming_the_closest_Renstra_name() =>
        PerformanceSpec.Given().When(Pk(2023, [Pk2023Rows[0] with { Indikator = "Indeks Kepuasan Masyarakat Kecamatan" }]))
            .ThenRejected("indikator 'Indeks Kepuasan Masyarakat Kecamatan' is not in the Renstra 2021–2026; the closest is 'Indeks Kepuasan Masyarakat'", field: "indikator", row: 2);

    [Fact]
    public void When_a_row_names_a_Renstra_indicator_in_another_case_spacing_and_punctuation_then_it_takes_the_Renstra_name_satuan_and_iku_flag()
    {
        var events = PerformanceSpec.Given().When(Pk(2023, [new Ledger.Domain.Performance.Commands.PkRow(2, SasaranI, "indeks  kepuasan-masyarakat", null, null, new Quantity(78.5m, ""), KodeList.Empty)])).ThenAccepted();

        Assert.Contains(new PkIndicatorDefined(SasaranI, Ikm, "Nilai", Arah.Naik, true, 0), events.Select(e => e.Event));
    }

    [Fact]
    public void When_the_year_lies_outside_the_unit_s_Renstra_period_then_the_PK_is_refused() =>
        PerformanceSpec.Given().When(Pk(2027, Pk2023Rows)).ThenRejected("a PK for 2027 lies outside the Renstra of Kecamatan Towuti (2021–2026)", field: "year");

    [Fact]
    public void When_a_program_kode_is_not_a_line_of_that_year_s_budget_then_the_row_is_refused_at_the_program_column()
    {
        var reason = PerformanceSpec.Given().When(Pk(2023, [Pk2023Rows[0], Pk2023Rows[1] with { Programs = KodeList.Of([K("01"), K("07")]) }]))
            .ThenRejected("program 07 is not a line of the 2023 budget of Kecamatan Towuti", field: "program", row: 3);

        Assert.Equal(K("07"), reason.Kode);
    }

    [Fact]
    public void When_the_year_has_no_budget_then_any_program_kode_is_refused() =>
        PerformanceSpec.Given().When(Pk(2023, Pk2023Rows, budget: new HashSet<Kode>())).ThenRejected("program 02 is not a line", field: "program", row: 2);

    [Fact]
    public void Given_a_unit_without_any_Renstra_when_a_PK_is_imported_then_it_is_taken_as_printed_and_linked_to_no_Renstra()
    {
        var events = PerformanceSpec.Given().When(Pk(2023, Pk2023Rows, renstras: [])).ThenAccepted();

        Assert.Equal(new PkSheetImported("towuti-2023-pk.csv", Pk2023().Fingerprint, null, 2), events[0].Event);
        Assert.Contains(new PkIndicatorDefined(SasaranI, Ikm, "Nilai", Arah.Naik, false, 0), events.Select(e => e.Event));
    }

    [Fact]
    public void When_an_indicator_is_listed_twice_then_the_second_row_is_refused() =>
        PerformanceSpec.Given().When(Pk(2023, [Pk2023Rows[0], Pk2023Rows[0] with { Row = 3 }])).ThenRejected("listed twice (rows 2 and 3)", field: "indikator", row: 3);

    [Fact]
    public void Given_a_later_recorded_instant_in_the_stream_when_the_clock_reads_earlier_then_nothing_is_written() =>
        PerformanceSpec.Given(History(Pk2023(recorded: "2023-02-10T00:00:00Z")))
            .When(Pk(2023, [Pk2023Rows[0]], recorded: "2023-02-09T00:00:00Z"))
            .ThenRejected("recorded instants never run backwards");
}
