using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections.Perubahan;
using Ledger.Projections.Tests.Support;

namespace Ledger.Projections.Tests.Perubahan;

public sealed class PerubahanTableSpecs
{
    private static readonly EventEnvelope[] Year = Year2020();
    private static readonly PerubahanTable Table = Tables.Perubahan(Year);

    [Fact]
    public void By_default_the_table_compares_murni_with_the_latest_stage_in_force()
    {
        Assert.Equal(Stage.Murni, Table.Sebelum);
        Assert.Equal(Stage.Perubahan, Table.Setelah);
        Assert.Equal(TimeSlice.Everything, Table.Slice);
    }

    [Fact]
    public void Rows_come_in_code_order_with_JUMLAH_last() =>
        Assert.Equal(
            [Administrasi, Surat, Komunikasi, Logistik, Covid, Pelaporan, Akuntabilitas, Pemberdayaan, Musrenbang, "JUMLAH"],
            Table.Rows.Select(r => r.Kode?.Value ?? r.Uraian));

    [Fact]
    public void Programs_carry_the_sums_of_their_kegiatan()
    {
        Assert.Equal((Rp(60_197_620), Rp(77_950_000)), (Table.Row(Administrasi).Sebelum, Table.Row(Administrasi).Setelah));
        Assert.Equal((Rp(3_500_000), Rp(4_253_500)), (Table.Row(Pelaporan).Sebelum, Table.Row(Pelaporan).Setelah));
        Assert.All(Table.Rows.Where(r => r.Level == Level.Program), program =>
        {
            var children = Table.Rows.Where(r => r.Kode is { } k && program.Kode!.Value.IsAncestorOf(k)).ToList();
            Assert.NotEmpty(children);
            Assert.Equal(Money.Sum(children.Select(c => c.Sebelum)), program.Sebelum);
            Assert.Equal(Money.Sum(children.Select(c => c.Setelah)), program.Setelah);
        });
    }

    [Fact]
    public void JUMLAH_is_the_last_row_and_sums_the_programs()
    {
        var jumlah = Table.Rows[^1];

        Assert.Same(jumlah, Table.Jumlah);
        Assert.True(jumlah.IsTotal);
        Assert.Equal((PerubahanProjection.JumlahLabel, (Level?)null), (jumlah.Uraian, jumlah.Level));
        Assert.Equal((Rp(76_887_120), Rp(96_172_500), Rp(19_285_380)), (jumlah.Sebelum, jumlah.Setelah, jumlah.Perubahan));
        var programs = Table.Rows.Where(r => r.Level == Level.Program).ToList();
        Assert.Equal(Money.Sum(programs.Select(p => p.Sebelum)), jumlah.Sebelum);
        Assert.Equal(Money.Sum(programs.Select(p => p.Setelah)), jumlah.Setelah);
    }

    [Fact]
    public void A_revised_line_shows_both_amounts_and_their_difference()
    {
        var row = Table.Row(Komunikasi);

        Assert.Equal((Rp(56_282_248), Rp(49_800_000), Rp(-6_482_248)), (row.Sebelum, row.Setelah, row.Perubahan));
        Assert.Equal([new Quantity(108, "Rekening")], row.TargetSebelum!);
        Assert.Equal([new Quantity(120, "Rekening")], row.TargetSetelah!);
    }

    [Fact]
    public void A_line_dropped_in_the_perubahan_appears_with_setelah_0()
    {
        var row = Table.Row(Logistik);

        Assert.Equal((Rp(765_372), Money.Zero, Rp(-765_372)), (row.Sebelum, row.Setelah, row.Perubahan));
        Assert.Equal("Jumlah bahan logistik yang disediakan", row.Indikator);
        Assert.Equal([new Quantity(2, "Jenis")], row.TargetSebelum!);
        Assert.Null(row.TargetSetelah);
    }

    [Fact]
    public void A_new_line_appears_with_sebelum_0()
    {
        var row = Table.Row(Covid);

        Assert.Equal((Money.Zero, Rp(25_000_000), Rp(25_000_000)), (row.Sebelum, row.Setelah, row.Perubahan));
        Assert.Equal((Level.Kegiatan, "Jumlah posko Covid-19 yang beroperasi"), (row.Level, row.Indikator));
        Assert.Null(row.TargetSebelum);
        Assert.Equal([new Quantity(3, "Posko")], row.TargetSetelah!);
    }

    [Fact]
    public void Targets_line_up_with_the_indicator_names_as_exact_quantities()
    {
        var surat = Table.Row(Surat);
        var musrenbang = Table.Row(Musrenbang);

        Assert.Equal("Jumlah Surat; Jumlah surat masuk dan surat keluar yang diagendakan", surat.Indikator);
        Assert.Equal([new Quantity(0, "Surat"), new Quantity(200, "surat")], surat.TargetSebelum!);
        Assert.Equal([new Quantity(0, "Surat"), new Quantity(700, "surat")], surat.TargetSetelah!);
        Assert.Equal([new Quantity(0.38m, "rasio"), new Quantity(0, "Dokumen")], musrenbang.TargetSebelum!);
        Assert.Equal([new Quantity(0.4m, "rasio"), new Quantity(0, "Dokumen")], musrenbang.TargetSetelah!);
        Assert.Equal(Money.Zero, surat.Perubahan);
    }

    [Fact]
    public void On_30_June_setelah_is_the_murni_still_in_force()
    {
        var table = Tables.Perubahan(Year, asOf: Date("2020-06-30"));

        Assert.Equal((Stage.Murni, Stage.Murni), (table.Sebelum, table.Setelah));
        Assert.All(table.Rows, r => Assert.Equal(r.Sebelum, r.Setelah));
        Assert.All(table.Rows, r => Assert.Equal(r.TargetSebelum, r.TargetSetelah));
        Assert.Equal(Rp(76_887_120), table.Jumlah.Setelah);
        Assert.False(table.Has(Covid), "a kegiatan opened by the perubahan is not in the table before it");
        Assert.Equal(Rp(765_372), table.Row(Logistik).Setelah);
    }

    [Fact]
    public void Known_at_an_instant_before_the_perubahan_was_entered_the_table_is_the_murni()
    {
        var beforeEntry = Tables.Perubahan(Year, asKnownAt: PerubahanRecorded.Minus(NodaTime.Duration.FromSeconds(1)));
        var murniOnly = Tables.Perubahan(Year, asOf: Date("2020-06-30"));

        Assert.Equal(Stage.Murni, beforeEntry.Setelah);
        Assert.Equal(Tables.Render(murniOnly), Tables.Render(beforeEntry));
    }

    [Fact]
    public void In_force_but_not_yet_entered_is_not_shown()
    {
        var table = Tables.Perubahan(Year, asOf: Date("2020-08-10"), asKnownAt: At("2020-08-11T00:00:00Z"));

        Assert.Equal(Stage.Murni, table.Setelah);
        Assert.Equal(table.Jumlah.Sebelum, table.Jumlah.Setelah);
    }

    [Fact]
    public void Known_at_the_very_instant_of_entry_the_perubahan_is_shown() =>
        Assert.Equal(Rp(96_172_500), Tables.Perubahan(Year, asOf: Date(PerubahanEffective), asKnownAt: PerubahanRecorded).Jumlah.Setelah);

    [Fact]
    public void The_same_events_always_give_the_same_table() =>
        Assert.Equal(Tables.Render(Tables.Perubahan(Year2020())), Tables.Render(Table));
}
