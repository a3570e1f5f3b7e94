using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Performance.Commands;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Projections.Performance;
using Ledger.Store;
using Ledger.Testing.Performance;
using static Ledger.Testing.Performance.TowutiFramework;

namespace Ledger.Projections.Tests.Performance;

/// <summary>
/// ADR 0007 end to end on a store: Towuti's Renstra in its first year's stream, each PK beside its year's budget and
/// checked against both, the pengukuran beside them, and one read of 2021–2023 giving the perkembangan figures.
/// </summary>
public sealed class PerformanceWriterSpecs
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Towuti 2023's programs 01–06 as a budget sheet: the lines the PK's <c>program</c> cells name.</summary>
    private static ImportBudget Budget2023 => new(
        Context(2023, "2023-01-02", "2023-01-03T00:00:00Z", basis: "Perda APBD 2023") with { Stage = Stage.Murni }, "towuti-2023-budget.csv",
        [.. new[] { "01", "02", "03", "04", "05", "06" }.Select(k => new PlannedLine(K(k), Level.Program, null, $"Program {k}", new LineAttributes(null, null, null), Rp(1_000_000), []))],
        HasIndicators: false);

    private static async Task<(LedgerJournal Journal, DirectPerformanceWriter Writer)> TowutiAsync()
    {
        var journal = new LedgerJournal(new InMemoryEventStore());
        var writer = new DirectPerformanceWriter(journal);
        Assert.IsType<WriteOutcome.Accepted>(await new DirectBudgetWriter(journal).WriteAsync(Budget2023, None));
        foreach (var command in new PerformanceCommand[] { Renstra(), Pk2021, Kinerja2021Tw4, Pk2022, Kinerja2022Tw4, Pk2023(recorded: "2023-02-01T00:00:00Z"), Kinerja2023Tw4 })
        {
            // What the caller passes is what the sheet holds; the writer finds the Renstras and the budget itself.
            var bare = command is ImportPk pk ? pk with { Renstras = [], BudgetKodes = new HashSet<Kode>() } : command;
            Assert.IsType<WriteOutcome.Accepted>(await writer.WriteAsync(bare, None));
        }
        return (journal, writer);
    }

    [Fact]
    public async Task Given_Towuti_s_sheets_written_through_the_store_one_read_of_2021_2023_gives_the_IKM_capaian_113_16_113_37_and_107_07()
    {
        var (journal, _) = await TowutiAsync();

        var framework = PerformanceAt.Fold(TowutiFramework.Unit, await journal.ReadYearsAsync(TowutiFramework.Unit, 2021, 2023, None), TimeSlice.Everything);

        Assert.Equal(
            [113.16m, 113.37m, 107.07m],
            framework.PkYears.Select(y => Math.Round(framework.IndicatorsAt(y, new NodaTime.LocalDate(y, 12, 31)).Single(i => i.Pk.Indikator == Ikm).CapaianPct!.Value, 2)));
        Assert.Equal(2021, framework.Pk(2023)!.RenstraFirstYear);
    }

    [Fact]
    public async Task Given_the_sheets_written_when_they_are_written_again_then_nothing_is_appended()
    {
        var (journal, writer) = await TowutiAsync();
        var head = await journal.Store.HeadAsync(None);

        foreach (var command in new PerformanceCommand[] { Renstra(), Pk2023(recorded: "2024-01-01T00:00:00Z"), Kinerja2023Tw4 })
            Assert.Equal(new WriteOutcome.Accepted(0, Assert.IsType<WriteOutcome.Accepted>(await writer.WriteAsync(command, None)).StreamVersion), await writer.WriteAsync(command, None));
        Assert.Equal(head, await journal.Store.HeadAsync(None));
    }

    [Fact]
    public async Task Given_the_2023_budget_when_a_PK_names_a_kode_it_does_not_have_then_it_is_refused_and_nothing_is_written()
    {
        var (journal, writer) = await TowutiAsync();
        var head = await journal.Store.HeadAsync(None);

        var outcome = await writer.WriteAsync(Pk(2023, [Pk2023Rows[0] with { Programs = KodeList.Of([K("07")]) }], recorded: "2024-01-01T00:00:00Z"), None);

        Assert.Equal("program", Assert.IsType<WriteOutcome.Rejected>(outcome).Reason.Field);
        Assert.Equal(head, await journal.Store.HeadAsync(None));
    }

    [Fact]
    public async Task Given_the_Renstra_2021_2026_when_a_PK_for_2027_is_written_then_it_is_refused_as_outside_the_Renstra_s_period()
    {
        var (_, writer) = await TowutiAsync();

        var outcome = await writer.WriteAsync(Pk(2027, [Pk2023Rows[0] with { Programs = KodeList.Empty }], renstras: []), None);

        Assert.Contains("lies outside the Renstra", Assert.IsType<WriteOutcome.Rejected>(outcome).Reason.Message);
    }
}
