using Ledger.Domain.Values;
using Ledger.Projections.Evaluasi;
using Ledger.Projections.Perubahan;
using Ledger.Sheets.Writing;

namespace Ledger.Application.Tables;

/// <summary>
/// The "Evaluasi terhadap hasil Renja" table (seed 002 Tabel 2.1): K (kinerja) and Rp columns for last year's
/// realisasi, this year's target, each triwulan, the year's realisasi, and the tingkat capaian.
/// </summary>
public static class EvaluasiSheet
{
    public static readonly IReadOnlyList<Column> Columns =
    [
        new("kode", CellKind.Text),
        new("level", CellKind.Text),
        new("uraian", CellKind.Text),
        new("indikator", CellKind.Text),
        new("target_renstra_k", CellKind.Number),
        new("target_renstra_rp", CellKind.Money),
        new("realisasi_lalu_k", CellKind.Number),
        new("realisasi_lalu_rp", CellKind.Money),
        new("target_k", CellKind.Number),
        new("target_rp", CellKind.Money),
        new("tw1_k", CellKind.Number),
        new("tw1_rp", CellKind.Money),
        new("tw2_k", CellKind.Number),
        new("tw2_rp", CellKind.Money),
        new("tw3_k", CellKind.Number),
        new("tw3_rp", CellKind.Money),
        new("tw4_k", CellKind.Number),
        new("tw4_rp", CellKind.Money),
        new("realisasi_k", CellKind.Number),
        new("realisasi_rp", CellKind.Money),
        new("capaian_k_pct", CellKind.Percent),
        new("capaian_rp_pct", CellKind.Percent),
    ];

    public static Table From(EvaluasiTable table)
    {
        var rows = table.Rows.Select(row =>
        {
            var cells = new List<Cell>
            {
                Cell.OfText(row.Kode?.Value ?? PerubahanProjection.JumlahLabel),
                Cell.OfText(row.Level?.Name()),
                Cell.OfText(row.IsTotal ? "" : row.Uraian),
                Cell.OfText(row.Indikator),
                Cell.OfNumber(row.TargetRenstraK),
                Cell.OfMoney(row.TargetRenstraRp),
                Cell.OfNumber(row.RealisasiLaluK),
                Cell.OfMoney(row.RealisasiLaluRp),
                Cell.OfNumber(row.TargetK),
                Cell.OfMoney(row.TargetRp),
            };
            foreach (var (k, rp) in row.Triwulan)
            {
                cells.Add(Cell.OfNumber(k));
                cells.Add(Cell.OfMoney(rp));
            }
            cells.Add(Cell.OfNumber(row.RealisasiK));
            cells.Add(Cell.OfMoney(row.RealisasiRp));
            cells.Add(Cell.OfPercent(row.CapaianKPct));
            cells.Add(Cell.OfPercent(row.CapaianRpPct));
            return (IReadOnlyList<Cell>)cells;
        }).ToList();
        var title = $"Evaluasi hasil Renja {table.Unit} {table.FiscalYear} (tahap {table.Stage.Name()})"
            + (table.Slice.AsOf is { } asOf ? $", s.d. {asOf:yyyy-MM-dd}" : "");
        return new Table(title, Columns, rows, rows.Count - 1);
    }
}
