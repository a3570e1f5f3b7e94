using Ledger.Domain.Values;
using Ledger.Projections.Tests.Support;

namespace Ledger.Projections.Tests.Perubahan;

public sealed class PerubahanGoldenTests
{
    [Fact]
    public void The_Mangkutana_2020_change_table_matches_its_approved_text() =>
        Golden.Verify("Golden/Perubahan/mangkutana-2020.txt", Tables.Render(Tables.Perubahan(Year2020())));

    [Fact]
    public void The_Mangkutana_2020_table_as_of_30_June_matches_its_approved_text() =>
        Golden.Verify("Golden/Perubahan/mangkutana-2020-as-of-2020-06-30.txt", Tables.Render(Tables.Perubahan(Year2020(), asOf: Date("2020-06-30"))));

    [Fact]
    public void The_table_between_murni_and_perubahan_asked_explicitly_is_the_default_one() =>
        Assert.Equal(
            Tables.Render(Tables.Perubahan(Year2020())),
            Tables.Render(Tables.Perubahan(Year2020(), sebelum: Stage.Murni, setelah: Stage.Perubahan)));
}
