using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections.Tests.Support;

namespace Ledger.Projections.Tests.Perubahan;

/// <summary>With a pergeseran on 15 April moving 5.000.000 from communications to reporting, between murni and perubahan.</summary>
public sealed class ExplicitStagesSpecs
{
    private static readonly EventEnvelope[] Year = Decided.Events(
        MurniImport(),
        MurniSheet.With(Komunikasi, pagu: 51_282_248).With(Akuntabilitas, pagu: 8_500_000)
            .Import(Context(Stage.Pergeseran, "2020-04-15", recorded: "2020-04-16T01:00:00Z"), "pergeseran-1.csv"),
        PerubahanImport());

    [Fact]
    public void Murni_against_pergeseran_shows_the_shift_and_an_unchanged_total()
    {
        var table = Tables.Perubahan(Year, sebelum: Stage.Murni, setelah: Stage.Pergeseran);

        Assert.Equal((Stage.Murni, Stage.Pergeseran), (table.Sebelum, table.Setelah));
        Assert.Equal(Rp(-5_000_000), table.Row(Komunikasi).Perubahan);
        Assert.Equal(Rp(5_000_000), table.Row(Akuntabilitas).Perubahan);
        Assert.Equal(Money.Zero, table.Jumlah.Perubahan);
        Assert.Equal(Rp(765_372), table.Row(Logistik).Setelah);
    }

    [Fact]
    public void Pergeseran_against_perubahan_starts_from_the_shifted_amounts()
    {
        var table = Tables.Perubahan(Year, sebelum: Stage.Pergeseran, setelah: Stage.Perubahan);

        Assert.Equal((Rp(51_282_248), Rp(49_800_000)), (table.Row(Komunikasi).Sebelum, table.Row(Komunikasi).Setelah));
        Assert.Equal((Rp(8_500_000), Rp(4_253_500)), (table.Row(Akuntabilitas).Sebelum, table.Row(Akuntabilitas).Setelah));
        Assert.Equal(Rp(76_887_120), table.Jumlah.Sebelum);
    }

    [Fact]
    public void A_line_the_pergeseran_left_alone_inherits_its_murni_amount() =>
        Assert.Equal(Rp(13_189_500), Tables.Perubahan(Year, sebelum: Stage.Pergeseran, setelah: Stage.Pergeseran).Row(Musrenbang).Setelah);

    [Fact]
    public void The_default_setelah_is_the_perubahan_once_it_is_in_force_and_the_pergeseran_before()
    {
        Assert.Equal(Stage.Perubahan, Tables.Perubahan(Year).Setelah);
        Assert.Equal(Stage.Pergeseran, Tables.Perubahan(Year, asOf: Date("2020-06-30")).Setelah);
        Assert.Equal(Rp(51_282_248), Tables.Perubahan(Year, asOf: Date("2020-06-30")).Row(Komunikasi).Setelah);
    }

    [Fact]
    public void Asking_for_the_perubahan_before_it_is_in_force_shows_the_pergeseran_it_inherits()
    {
        var table = Tables.Perubahan(Year, asOf: Date("2020-06-30"), setelah: Stage.Perubahan);

        Assert.Equal(Stage.Perubahan, table.Setelah);
        Assert.Equal(Rp(51_282_248), table.Row(Komunikasi).Setelah);
        Assert.False(table.Has(Covid));
    }

    [Fact]
    public void Sebelum_and_setelah_the_same_stage_show_no_change() =>
        Assert.All(Tables.Perubahan(Year, sebelum: Stage.Perubahan, setelah: Stage.Perubahan).Rows, r => Assert.Equal(Money.Zero, r.Perubahan));
}
