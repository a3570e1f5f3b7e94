using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

public sealed class PergeseranSpecs
{
    private static readonly EventEnvelope[] AfterMurni = History(Murni.Import(Stage.Murni, "2019-12-31"));

    [Fact]
    public void A_pergeseran_that_does_not_net_to_zero_is_rejected() =>
        Given(AfterMurni)
            .When(Murni.With(Dokumen, pagu: 13_400_000).Import(Stage.Pergeseran, "2020-04-01"))
            .ThenRejected(containing: "pergeseran does not balance: the total would change from 651903620 to 652903620");

    [Fact]
    public void An_unbalanced_pergeseran_that_lowers_the_total_names_the_negative_difference() =>
        Given(AfterMurni)
            .When(Murni.With(Dokumen, pagu: 11_400_000).Import(Stage.Pergeseran, "2020-04-01"))
            .ThenRejected(containing: "from 651903620 to 650903620 (-1000000)");

    [Fact]
    public void An_unbalanced_pergeseran_that_raises_the_total_names_the_difference_with_a_plus_sign() =>
        Given(AfterMurni)
            .When(Murni.With(Dokumen, pagu: 13_400_000).Import(Stage.Pergeseran, "2020-04-01"))
            .ThenRejected(containing: "from 651903620 to 652903620 (+1000000)");

    [Fact]
    public void A_pergeseran_that_nets_to_zero_is_accepted() =>
        Given(AfterMurni)
            .When(Murni.With(Dokumen, pagu: 14_400_000).With(Gaji, pagu: 602_585_370).Import(Stage.Pergeseran, "2020-04-01"))
            .ThenChanges(
                new PaguRevised(K(Dokumen), Rp(12_400_000), Rp(14_400_000)),
                new PaguRevised(K(Gaji), Rp(604_585_370), Rp(602_585_370)));

    [Fact]
    public void A_pergeseran_may_move_a_removed_lines_pagu_to_a_new_line() =>
        Given(AfterMurni)
            .When(Murni.Without(Laporan).Line("7.01.01.2.01.0010", "Penanganan Dampak Covid-19", 3_500_000).Import(Stage.Pergeseran, "2020-04-01", hasIndicators: false))
            .ThenChanges(
                new LineOpened(K("7.01.01.2.01.0010"), Level.SubKegiatan, K(Kegiatan11), "Penanganan Dampak Covid-19", LineAttributes.None),
                new PaguAllocated(K("7.01.01.2.01.0010"), Rp(3_500_000)),
                new LineRemoved(K(Laporan)));

    [Fact]
    public void A_pergeseran_that_drops_a_line_without_moving_its_pagu_is_rejected() =>
        Given(AfterMurni)
            .When(Murni.Without(Laporan).Import(Stage.Pergeseran, "2020-04-01"))
            .ThenRejected(containing: "does not balance");

    [Fact]
    public void A_second_pergeseran_balances_against_the_first() =>
        Given(History(
                Murni.Import(Stage.Murni, "2019-12-31"),
                Murni.With(Dokumen, pagu: 14_400_000).With(Gaji, pagu: 602_585_370).Import(Stage.Pergeseran, "2020-04-01")))
            .When(Murni.With(Dokumen, pagu: 14_400_000).With(Gaji, pagu: 602_585_370).With(Laporan, pagu: 0).With(Forkopimka, pagu: 34_918_250)
                .Import(Stage.Pergeseran, "2020-05-01"))
            .ThenChanges(
                new PaguRevised(K(Laporan), Rp(3_500_000), Rp(0)),
                new PaguRevised(K(Forkopimka), Rp(31_418_250), Rp(34_918_250)));

    [Fact]
    public void A_refocusing_may_cut_the_total() =>
        Given(AfterMurni)
            .When(Murni.With(Forkopimka, pagu: 15_000_000).Import(Stage.Refocusing, "2020-04-20"))
            .ThenChanges(new PaguRevised(K(Forkopimka), Rp(31_418_250), Rp(15_000_000)));
}
