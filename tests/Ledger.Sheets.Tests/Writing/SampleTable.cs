using Ledger.Domain.Values;
using Ledger.Sheets.Writing;

namespace Ledger.Sheets.Tests.Writing;

/// <summary>A small fixed table exercising every cell kind, negative money, rounding and escaping.</summary>
internal static class SampleTable
{
    public static Table Create() => new(
        "Perubahan Anggaran – Kecamatan Mangkutana 2020",
        [
            new Column("kode", CellKind.Text),
            new Column("level", CellKind.Text),
            new Column("uraian", CellKind.Text),
            new Column("pagu_sebelum", CellKind.Money),
            new Column("pagu_setelah", CellKind.Money),
            new Column("perubahan", CellKind.Money),
            new Column("capaian_pct", CellKind.Percent),
            new Column("target", CellKind.Number),
        ],
        [
            Row("0.00.4.36.08.01", "program", "Program \"Pelayanan\" <Administrasi> & Perkantoran",
                604_585_370, 441_129_500, 103.085m, null),
            Row("0.00.4.36.08.01.02", "kegiatan", "Penyediaan Jasa Komunikasi, Sumber Daya Air | Listrik",
                56_282_248, 49_800_000, 96.185m, 3813.5m),
            Row("0.00.4.36.08.01.22", "kegiatan", "Kunjungan kerja\ndalam daerah",
                0, 99_674_000, null, 0m),
            [
                Cell.OfText("JUMLAH"), Cell.Empty, Cell.Empty,
                Cell.OfMoney(new Money(660_867_618)), Cell.OfMoney(new Money(590_603_500)),
                Cell.OfMoney(new Money(-70_264_118)), Cell.OfPercent(100m), Cell.Empty,
            ],
        ],
        totalRowIndex: 3);

    private static IReadOnlyList<Cell> Row(string kode, string level, string uraian, long sebelum, long setelah,
        decimal? capaian, decimal? target) =>
    [
        Cell.OfText(kode), Cell.OfText(level), Cell.OfText(uraian),
        Cell.OfMoney(new Money(sebelum)), Cell.OfMoney(new Money(setelah)), Cell.OfMoney(new Money(setelah - sebelum)),
        Cell.OfPercent(capaian), Cell.OfNumber(target),
    ];
}
