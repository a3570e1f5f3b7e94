using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

/// <summary>Issue 11, finding 4: recorded instants never run backwards within a stream (contract §11).</summary>
public sealed class RecordedInstantSpecs
{
    private static readonly ImportBudget MurniImport = Murni.Import(Stage.Murni, "2019-12-31", recorded: "2020-01-10T02:00:00Z");

    private static CorrectPagu Correct(string recorded) =>
        new(Context(Stage.Murni, "2019-12-31", recorded: recorded, reason: "salah ketik"), K(Dokumen), Rp(12_500_000));

    [Fact]
    public void Given_a_stream_when_a_write_is_stamped_earlier_than_its_last_event_then_it_is_refused_naming_both_instants()
    {
        var refused = Given(History(MurniImport)).When(Correct("2020-01-09T23:59:59Z"))
            .ThenRejected(containing: "the clock reads 2020-01-09T23:59:59Z, earlier than 2020-01-10T02:00:00Z");

        Assert.Contains("never run backwards", refused.Message);
    }

    [Fact]
    public void Given_a_stream_when_a_write_is_stamped_at_the_same_instant_then_it_is_accepted() =>
        Given(History(MurniImport)).When(Correct("2020-01-10T02:00:00Z"))
            .ThenEvents(new Events.PaguCorrected(K(Dokumen), Rp(12_400_000), Rp(12_500_000)));

    [Fact]
    public void Given_a_later_perubahan_when_a_sheet_stamped_before_it_changes_something_then_it_is_refused() =>
        Given(History(MurniImport, Murni.With(Gaji, pagu: 590_000_000).Import(Stage.Perubahan, "2020-08-05", recorded: "2020-08-06T01:00:00Z")))
            .When(Murni.With(Gaji, pagu: 580_000_000).Import(Stage.Perubahan, "2020-08-05", recorded: "2020-08-01T00:00:00Z"))
            .ThenRejected(containing: "earlier than 2020-08-06T01:00:00Z");

    [Fact]
    public void Given_a_stream_when_a_command_stamped_earlier_changes_nothing_then_it_is_accepted_with_nothing_written() =>
        Given(History(MurniImport)).When(Murni.Import(Stage.Murni, "2019-12-31", recorded: "2019-01-01T00:00:00Z")).ThenNothing();

    [Fact]
    public void The_state_keeps_the_latest_recorded_instant_of_its_stream()
    {
        var state = Budget.BudgetDecider.Fold(History(MurniImport, Correct("2020-02-01T00:00:00Z")));

        Assert.Equal(At("2020-02-01T00:00:00Z"), state.LastRecorded);
    }
}
