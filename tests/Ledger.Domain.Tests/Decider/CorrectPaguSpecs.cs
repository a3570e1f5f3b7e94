using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

public sealed class CorrectPaguSpecs
{
    private const string Salah = "angka pagu salah ketik pada lampiran Perda (31.418.250 seharusnya 31.481.250)";

    private static readonly EventEnvelope[] MurniThenPerubahan = History(
        Murni.Import(Stage.Murni, "2019-12-31"),
        Murni.With(Gaji, pagu: 590_000_000).Without(Laporan).Import(Stage.Perubahan, "2020-08-05"));

    private static CorrectPagu Correct(Stage stage, string kode, long pagu, string? reason = Salah, string effective = "2020-03-01") =>
        new(Context(stage, effective, recorded: "2020-09-15T03:00:00Z", reason: reason), K(kode), Rp(pagu));

    [Fact]
    public void Correcting_a_known_line_emits_PaguCorrected_from_its_pagu_at_that_stage()
    {
        var events = Given(MurniThenPerubahan).When(Correct(Stage.Murni, Forkopimka, 31_481_250))
            .ThenEvents(new PaguCorrected(K(Forkopimka), Rp(31_418_250), Rp(31_481_250)));

        Assert.Equal(Stage.Murni, events.Single().Stage);
        Assert.Equal(Date("2020-03-01"), events.Single().Effective);
        Assert.Equal(Salah, events.Single().Reason);
    }

    [Fact]
    public void Correcting_the_murni_of_a_line_revised_later_starts_from_the_murni_amount() =>
        Given(MurniThenPerubahan).When(Correct(Stage.Murni, Gaji, 605_000_000))
            .ThenEvents(new PaguCorrected(K(Gaji), Rp(604_585_370), Rp(605_000_000)));

    [Fact]
    public void Correcting_the_perubahan_of_a_line_it_left_alone_starts_from_the_inherited_amount() =>
        Given(MurniThenPerubahan).When(Correct(Stage.Perubahan, Dokumen, 12_000_000, effective: "2020-09-01"))
            .ThenEvents(new PaguCorrected(K(Dokumen), Rp(12_400_000), Rp(12_000_000)));

    [Fact]
    public void Correcting_the_murni_of_a_line_removed_in_the_perubahan_is_allowed() =>
        Given(MurniThenPerubahan).When(Correct(Stage.Murni, Laporan, 3_000_000))
            .ThenEvents(new PaguCorrected(K(Laporan), Rp(3_500_000), Rp(3_000_000)));

    [Fact]
    public void Correcting_an_unknown_line_is_rejected() =>
        Given(MurniThenPerubahan).When(Correct(Stage.Murni, "7.01.01.2.01.0099", 1_000))
            .ThenRejected(containing: "kode 7.01.01.2.01.0099 is not an open line at murni", kode: "7.01.01.2.01.0099", field: "kode");

    [Fact]
    public void Correcting_a_line_at_the_stage_that_removed_it_is_rejected() =>
        Given(MurniThenPerubahan).When(Correct(Stage.Perubahan, Laporan, 1_000, effective: "2020-09-01"))
            .ThenRejected(containing: $"kode {Laporan} is not an open line at perubahan", kode: Laporan, field: "kode");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_correction_without_a_reason_is_rejected(string? reason) =>
        Given(MurniThenPerubahan).When(Correct(Stage.Murni, Forkopimka, 31_481_250, reason))
            .ThenRejected(containing: "a correction needs a reason", kode: Forkopimka);

    [Fact]
    public void A_correction_to_a_negative_pagu_is_rejected() =>
        Given(MurniThenPerubahan).When(Correct(Stage.Murni, Forkopimka, -1))
            .ThenRejected(containing: "would be negative", kode: Forkopimka, field: "pagu");

    [Fact]
    public void A_correction_at_a_stage_never_imported_is_rejected() =>
        Given(MurniThenPerubahan).When(Correct(Stage.Refocusing, Forkopimka, 1_000))
            .ThenRejected(containing: "nothing to correct: no refocusing budget has been imported");

    [Fact]
    public void A_correction_effective_far_from_the_fiscal_year_is_rejected() =>
        Given(MurniThenPerubahan).When(Correct(Stage.Murni, Forkopimka, 1_000, effective: "2025-01-01"))
            .ThenRejected(containing: "too far from fiscal year 2020");

    [Fact]
    public void A_correction_to_the_amount_already_in_force_gives_nothing() =>
        Given(MurniThenPerubahan).When(Correct(Stage.Murni, Forkopimka, 31_418_250)).ThenNothing();

    [Fact]
    public void A_correction_before_any_budget_is_rejected() =>
        Given().When(Correct(Stage.Murni, Forkopimka, 1_000)).ThenRejected(containing: "nothing to correct");
}
