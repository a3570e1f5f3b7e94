using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

public sealed class EventIdSpecs
{
    private static Guid[] Ids(BudgetCommand command, params EventEnvelope[] history) =>
        [.. Assert.IsType<Decision.Accepted>(BudgetDecider.Decide(command, BudgetDecider.Fold(history))).Events.Select(e => e.Id)];

    [Fact]
    public void The_same_import_on_a_fresh_state_gives_the_same_ids_twice()
    {
        var first = Ids(Murni.Import(Stage.Murni, "2019-12-31"));
        var second = Ids(Murni.Import(Stage.Murni, "2019-12-31"));

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_ids_do_not_depend_on_when_the_import_is_recorded() =>
        Assert.Equal(
            Ids(Murni.Import(Stage.Murni, "2019-12-31", recorded: "2020-01-10T02:00:00Z")),
            Ids(Murni.Import(Stage.Murni, "2019-12-31", recorded: "2021-06-01T00:00:00Z")));

    [Fact]
    public void The_ids_of_one_decision_are_all_different()
    {
        var ids = Ids(Murni.Import(Stage.Murni, "2019-12-31"));

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Different_sheets_give_different_ids() =>
        Assert.Empty(Ids(Murni.Import(Stage.Murni, "2019-12-31"))
            .Intersect(Ids(Murni.With(Gaji, pagu: 604_585_371).Import(Stage.Murni, "2019-12-31"))));

    [Fact]
    public void The_same_sheet_at_another_stage_or_date_gives_different_ids()
    {
        var murni = History(Murni.Import(Stage.Murni, "2019-12-31"));
        var pergeseran = Ids(Murni.Import(Stage.Pergeseran, "2020-04-01"), murni);
        var perubahan = Ids(Murni.Import(Stage.Perubahan, "2020-08-05"), murni);
        var perubahanLater = Ids(Murni.Import(Stage.Perubahan, "2020-08-06"), murni);

        Assert.Empty(pergeseran.Intersect(perubahan));
        Assert.Empty(perubahan.Intersect(perubahanLater));
        Assert.Empty(murni.Select(e => e.Id).Intersect(pergeseran));
    }

    [Fact]
    public void The_same_sheet_for_another_unit_or_year_gives_different_ids()
    {
        var here = Ids(Murni.Import(Context(Stage.Murni, "2019-12-31")));
        var elsewhere = Ids(Murni.Import(Context(Stage.Murni, "2019-12-31", unit: "Kecamatan Wotu")));
        var nextYear = Ids(Murni.Import(Context(Stage.Murni, "2019-12-31", year: 2019)));

        Assert.Empty(here.Intersect(elsewhere));
        Assert.Empty(here.Intersect(nextYear));
    }

    [Fact]
    public void The_same_correction_twice_on_the_same_state_gives_the_same_id()
    {
        var murni = History(Murni.Import(Stage.Murni, "2019-12-31"));
        CorrectPagu Correction(long pagu) =>
            new(Context(Stage.Murni, "2020-03-01", recorded: "2020-03-02T00:00:00Z", reason: "salah ketik"), K(Gaji), Rp(pagu));

        Assert.Equal(Ids(Correction(600_000_000), murni), Ids(Correction(600_000_000), murni));
        Assert.NotEqual(Ids(Correction(600_000_000), murni), Ids(Correction(600_000_001), murni));
        Assert.Empty(murni.Select(e => e.Id).Intersect(Ids(Correction(600_000_000), murni)));
    }

    [Fact]
    public void Ids_are_well_formed_version_8_uuids() =>
        Assert.All(Ids(Murni.Import(Stage.Murni, "2019-12-31")), id =>
        {
            Assert.Equal(8, id.Version);
            Assert.Equal(0x8, id.Variant & 0xC);
        });
}
