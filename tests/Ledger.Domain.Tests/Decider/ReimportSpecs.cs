using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

public sealed class ReimportSpecs
{
    private static readonly Budget.Commands.ImportBudget MurniImport = Murni.Import(Stage.Murni, "2019-12-31");
    private static readonly Budget.Commands.ImportBudget PerubahanImport =
        Murni.With(Dokumen, pagu: 10_000_000).Import(Stage.Perubahan, "2020-08-05");

    [Fact]
    public void Re_importing_the_same_murni_sheet_gives_nothing() =>
        Given(History(MurniImport)).When(MurniImport).ThenNothing();

    [Fact]
    public void Re_importing_the_same_sheet_recorded_later_and_from_another_file_still_gives_nothing() =>
        Given(History(MurniImport))
            .When(Murni.Import(Stage.Murni, "2019-12-31", recorded: "2020-03-01T08:00:00Z", source: "salinan.xlsx"))
            .ThenNothing();

    [Fact]
    public void Re_importing_the_murni_sheet_after_the_perubahan_gives_nothing() =>
        Given(History(MurniImport, PerubahanImport)).When(MurniImport).ThenNothing();

    [Fact]
    public void Re_importing_the_same_perubahan_sheet_gives_nothing() =>
        Given(History(MurniImport, PerubahanImport)).When(PerubahanImport).ThenNothing();

    [Fact]
    public void The_same_content_at_a_later_stage_is_a_new_step_that_changes_nothing() =>
        Given(History(MurniImport)).When(Murni.Import(Stage.Pergeseran, "2020-04-01")).ThenChanges();
}
