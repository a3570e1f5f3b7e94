using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections.Tests.Support;

namespace Ledger.Projections.Tests.Perubahan;

/// <summary>
/// A mistake in the murni pagu of the reporting kegiatan (3.500.000 typed for 3.750.000) found in September,
/// corrected with effect from 1 March and entered on 15 September, after the perubahan.
/// </summary>
public sealed class CorrectionInTimeSpecs
{
    private static readonly NodaTime.Instant CorrectionRecorded = At("2020-09-15T04:00:00Z");

    private static readonly EventEnvelope[] Year = Decided.Events(
        Year2020(),
        new CorrectPagu(
            Context(Stage.Murni, "2020-03-01", recorded: "2020-09-15T04:00:00Z", reason: "salah ketik pada lampiran Perda: 3.500.000 seharusnya 3.750.000"),
            K(Akuntabilitas),
            Rp(3_750_000)));

    [Fact]
    public void The_correction_is_a_PaguCorrected_at_murni_from_the_old_amount() =>
        Assert.Equal(new PaguCorrected(K(Akuntabilitas), Rp(3_500_000), Rp(3_750_000)), Year[^1].Event);

    [Fact]
    public void As_of_June_but_known_before_its_entry_the_old_amount_shows() =>
        Assert.Equal(Rp(3_500_000), Tables.Perubahan(Year, asOf: Date("2020-06-30"), asKnownAt: At("2020-09-01T00:00:00Z")).Row(Akuntabilitas).Setelah);

    [Fact]
    public void As_of_June_and_known_after_its_entry_the_corrected_amount_shows()
    {
        var table = Tables.Perubahan(Year, asOf: Date("2020-06-30"), asKnownAt: At("2020-09-20T00:00:00Z"));

        Assert.Equal((Rp(3_750_000), Rp(3_750_000)), (table.Row(Akuntabilitas).Sebelum, table.Row(Akuntabilitas).Setelah));
        Assert.Equal(Rp(3_750_000), table.Row(Pelaporan).Sebelum);
        Assert.Equal(Rp(76_887_120 + 250_000), table.Jumlah.Sebelum);
    }

    [Fact]
    public void Known_at_the_instant_of_its_entry_the_correction_shows() =>
        Assert.Equal(Rp(3_750_000), Tables.Perubahan(Year, asOf: Date("2020-06-30"), asKnownAt: CorrectionRecorded).Row(Akuntabilitas).Sebelum);

    [Fact]
    public void Before_its_effective_date_the_correction_does_not_apply_even_when_known() =>
        Assert.Equal(Rp(3_500_000), Tables.Perubahan(Year, asOf: Date("2020-02-29")).Row(Akuntabilitas).Sebelum);

    [Fact]
    public void On_its_effective_date_the_correction_applies() =>
        Assert.Equal(Rp(3_750_000), Tables.Perubahan(Year, asOf: Date("2020-03-01")).Row(Akuntabilitas).Sebelum);

    [Fact]
    public void Today_the_correction_changes_sebelum_but_not_the_perubahan_amount()
    {
        var row = Tables.Perubahan(Year).Row(Akuntabilitas);

        Assert.Equal((Rp(3_750_000), Rp(4_253_500), Rp(503_500)), (row.Sebelum, row.Setelah, row.Perubahan));
    }
}
