using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections.Tests.Support;

namespace Ledger.Projections.Tests.Perubahan;

public sealed class EdgeCaseSpecs
{
    [Fact]
    public void An_empty_budget_gives_only_a_zero_JUMLAH_row()
    {
        var table = Tables.Perubahan([]);

        var jumlah = Assert.Single(table.Rows);
        Assert.True(jumlah.IsTotal);
        Assert.Equal((Money.Zero, Money.Zero), (jumlah.Sebelum, jumlah.Setelah));
        Assert.Equal((Stage.Murni, Stage.Murni), (table.Sebelum, table.Setelah));
    }

    [Fact]
    public void Before_the_murni_is_in_force_the_table_is_empty() =>
        Assert.Single(Tables.Perubahan(Year2020(), asOf: Date("2019-12-30")).Rows);

    [Fact]
    public void A_lines_indicator_replaced_in_the_perubahan_keeps_its_targets_under_the_right_names()
    {
        const string Rekening = "Jumlah Rekening bulanan jasa komunikasi sumber daya air dan listrik yang terbayarkan";
        const string Bulan = "Jumlah bulan layanan komunikasi yang terbayarkan";
        var events = Decided.Events(
            MurniImport(),
            MurniSheet.With(Komunikasi, indicators: [Ind(Bulan, 12, "Bulan")]).Import(Context(Stage.Perubahan, PerubahanEffective)));

        var row = Tables.Perubahan(events).Row(Komunikasi);

        // Indicators of both sides, setelah's first; each target list lines up with them, "-" where a side has none.
        Assert.Equal($"{Bulan}; {Rekening}", row.Indikator);
        Assert.Equal([null, new Quantity(108, "Rekening")], row.TargetSebelum!);
        Assert.Equal([new Quantity(12, "Bulan"), null], row.TargetSetelah!);
    }

    [Fact]
    public void A_kegiatan_row_added_above_an_existing_sub_kegiatan_carries_its_sum()
    {
        var murni = Sheet.Empty
            .Line("7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
            .Line("7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 10_000_000);
        var perubahan = murni.Line("7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah");
        var events = Decided.Events(
            murni.Import(Context(Stage.Murni, MurniEffective)),
            perubahan.Import(Context(Stage.Perubahan, PerubahanEffective)));

        var table = Tables.Perubahan(events);

        Assert.Equal(Rp(10_000_000), table.Row("7.01.01").Setelah);
        Assert.Equal(Rp(10_000_000), table.Row("7.01.01.2.01").Setelah);
        Assert.Equal(Level.SubKegiatan, table.Row("7.01.01.2.01.0001").Level);
    }
}
