using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

/// <summary>
/// Issue 11, finding 5: a stage imported again with the same content but another effective date changes no line, so
/// it cannot move the stage's date either: refused, nothing appended, and a valid later stage still goes in.
/// </summary>
public sealed class SameStageReimportSpecs
{
    private static readonly ImportBudget MurniImport = Murni.Import(Stage.Murni, "2019-12-31", recorded: "2020-01-10T02:00:00Z");
    private static readonly ImportBudget MovedMurni = Murni.Import(Stage.Murni, "2020-09-01", recorded: "2020-01-11T02:00:00Z");
    private static readonly ImportBudget Perubahan =
        Murni.With(Gaji, pagu: 590_000_000).Import(Stage.Perubahan, "2020-08-05", recorded: "2020-08-06T02:00:00Z");

    [Fact]
    public void Given_a_murni_when_the_same_sheet_is_imported_with_another_effective_date_then_it_is_refused_naming_both_dates() =>
        Given(History(MurniImport)).When(MovedMurni)
            .ThenRejected(containing: "already is as in this sheet, in force from 2019-12-31, and a re-import cannot move it to 2020-09-01");

    [Fact]
    public void Given_that_refusal_when_a_perubahan_effective_before_the_refused_date_is_imported_then_it_is_accepted()
    {
        var history = History(MurniImport);
        Assert.IsType<Budget.Decision.Rejected>(Given(history).When(MovedMurni).Decision);

        Given(history).When(Perubahan).ThenChanges(new PaguRevised(K(Gaji), Rp(604_585_370), Rp(590_000_000)));
    }

    [Fact]
    public void Given_a_murni_when_a_sheet_with_changes_is_imported_at_a_later_date_then_the_changes_are_recorded() =>
        Given(History(MurniImport))
            .When(Murni.With(Dokumen, pagu: 12_500_000).Import(Stage.Murni, "2020-01-15", recorded: "2020-01-16T02:00:00Z"))
            .ThenChanges(new PaguRevised(K(Dokumen), Rp(12_400_000), Rp(12_500_000)));
}
