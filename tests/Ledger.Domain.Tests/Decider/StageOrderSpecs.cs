using Ledger.Domain.Events;
using Ledger.Domain.Tests.Support;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

public sealed class StageOrderSpecs
{
    private static readonly Budget.Commands.ImportBudget MurniImport = Murni.Import(Stage.Murni, "2019-12-31");
    private static readonly Sheet Revised = Murni.With(Forkopimka, pagu: 18_620_000);

    [Fact]
    public void A_murni_after_a_perubahan_is_rejected_as_out_of_order() =>
        Given(History(MurniImport, Revised.Import(Stage.Perubahan, "2020-08-05")))
            .When(Murni.With(Gaji, pagu: 1).Import(Stage.Murni, "2020-09-01"))
            .ThenRejected(containing: "stage murni out of order: Kecamatan Mangkutana 2020 is already at perubahan");

    [Fact]
    public void A_murni_after_a_pergeseran_is_rejected_as_out_of_order() =>
        Given(History(MurniImport, Murni.Import(Stage.Pergeseran, "2020-04-01")))
            .When(Murni.With(Gaji, pagu: 1).Import(Stage.Murni, "2020-05-01"))
            .ThenRejected(containing: "out of order");

    [Fact]
    public void A_refocusing_after_the_perubahan_is_rejected_as_out_of_order() =>
        Given(History(MurniImport, Revised.Import(Stage.Perubahan, "2020-08-05")))
            .When(Revised.With(Gaji, pagu: 1).Import(Stage.Refocusing, "2020-09-01"))
            .ThenRejected(containing: "stage refocusing out of order");

    [Fact]
    public void A_perubahan_before_any_murni_is_rejected() =>
        Given().When(Murni.Import(Stage.Perubahan, "2020-08-05"))
            .ThenRejected(containing: "stage perubahan before any murni budget: import the murni sheet of Kecamatan Mangkutana 2020 first");

    [Fact]
    public void A_pergeseran_before_any_murni_is_rejected() =>
        Given().When(Murni.Import(Stage.Pergeseran, "2020-04-01")).ThenRejected(containing: "before any murni");

    [Fact]
    public void Pergeseran_and_refocusing_may_follow_each_other_in_either_order() =>
        Given(History(
                MurniImport,
                Murni.With(Forkopimka, pagu: 20_000_000).Import(Stage.Refocusing, "2020-04-20"),
                Murni.With(Forkopimka, pagu: 20_000_000).With(Dokumen, pagu: 10_400_000).With(Laporan, pagu: 5_500_000).Import(Stage.Pergeseran, "2020-05-04")))
            .When(Murni.With(Forkopimka, pagu: 18_000_000).With(Dokumen, pagu: 10_400_000).With(Laporan, pagu: 5_500_000).Import(Stage.Refocusing, "2020-06-02"))
            .ThenChanges(new PaguRevised(K(Forkopimka), Rp(20_000_000), Rp(18_000_000)));

    [Fact]
    public void A_stage_effective_before_the_previous_stage_is_rejected() =>
        Given(History(MurniImport, Murni.With(Forkopimka, pagu: 20_000_000).Import(Stage.Refocusing, "2020-04-20")))
            .When(Revised.Import(Stage.Perubahan, "2020-04-19"))
            .ThenRejected(containing: "stage perubahan effective 2020-04-19 is before the refocusing already in force from 2020-04-20");

    [Fact]
    public void A_stage_effective_on_the_same_day_as_the_previous_one_is_accepted() =>
        Given(History(MurniImport)).When(Revised.Import(Stage.Perubahan, "2019-12-31"))
            .ThenChanges(new PaguRevised(K(Forkopimka), Rp(31_418_250), Rp(18_620_000)));

    [Fact]
    public void A_second_murni_before_any_later_stage_replaces_the_first() =>
        Given(History(MurniImport)).When(Revised.Import(Stage.Murni, "2020-01-02"))
            .ThenChanges(new PaguRevised(K(Forkopimka), Rp(31_418_250), Rp(18_620_000)));

    [Theory]
    [InlineData("2030-01-01")]
    [InlineData("2010-12-31")]
    [InlineData("2022-01-01")]
    [InlineData("2018-12-31")]
    public void An_effective_date_far_outside_the_fiscal_year_is_rejected(string effective) =>
        Given().When(Murni.Import(Stage.Murni, effective))
            .ThenRejected(containing: $"effective date {effective} is too far from fiscal year 2020");

    [Theory]
    [InlineData("2019-01-01")]
    [InlineData("2021-12-31")]
    public void An_effective_date_within_a_year_of_the_fiscal_year_is_accepted(string effective)
    {
        var events = Given().When(Murni.Import(Stage.Murni, effective)).ThenChanges(
            [.. History(Murni.Import(Stage.Murni, "2019-12-31")).Skip(1).Select(e => e.Event)]);

        Assert.All(events, e => Assert.Equal(Date(effective), e.Effective));
    }
}
