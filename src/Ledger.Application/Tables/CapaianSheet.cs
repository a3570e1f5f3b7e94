using Ledger.Domain.Values;
using Ledger.Projections.Capaian;
using Ledger.Projections.Perubahan;
using Ledger.Sheets.Writing;

namespace Ledger.Application.Tables;

/// <summary>The capaian table in the contract's columns (§6).</summary>
public static class CapaianSheet
{
    public static readonly IReadOnlyList<Column> Columns =
    [
        new("kode", CellKind.Text),
        new("level", CellKind.Text),
        new("uraian", CellKind.Text),
        new("indikator", CellKind.Text),
        new("target", CellKind.Number),
        new("realisasi_kinerja", CellKind.Number),
        new("capaian_pct", CellKind.Percent),
        new("predikat", CellKind.Text),
        new("pagu", CellKind.Money),
        new("realisasi", CellKind.Money),
        new("serapan_pct", CellKind.Percent),
    ];

    public static Table From(CapaianTable table)
    {
        var rows = table.Rows.Select(row => (IReadOnlyList<Cell>)
        [
            Cell.OfText(row.Kode?.Value ?? PerubahanProjection.JumlahLabel),
            Cell.OfText(row.Level?.Name()),
            Cell.OfText(row.IsTotal ? "" : row.Uraian),
            Cell.OfText(row.Indikator),
            Cell.OfNumber(row.Target),
            Cell.OfNumber(row.RealisasiKinerja),
            Cell.OfPercent(row.CapaianPct),
            Cell.OfText(row.Predikat),
            Cell.OfMoney(row.Pagu),
            Cell.OfMoney(row.Realisasi),
            Cell.OfPercent(row.SerapanPct),
        ]).ToList();
        var title = $"Capaian {table.Unit} {table.FiscalYear}"
            + (table.PeriodEnd is { } end ? $", realisasi s.d. {end:yyyy-MM-dd}" : ", belum ada realisasi")
            + $" (tahap {table.Stage.Name()}, predikat {table.Scale.Name})";
        return new Table(title, Columns, rows, rows.Count - 1);
    }
}
