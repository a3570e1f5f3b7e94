using Ledger.Domain.Values;
using Ledger.Projections.Performance.Tables;
using Ledger.Sheets.Writing;

namespace Ledger.Application.Tables.Performance;

/// <summary>The efisiensi table in the contract's columns (§9.4).</summary>
public static class EfisiensiSheet
{
    public static readonly IReadOnlyList<Column> Columns =
    [
        new("sasaran", CellKind.Text),
        new("capaian_pct", CellKind.Percent),
        new("pagu", CellKind.Money),
        new("realisasi", CellKind.Money),
        new("serapan_pct", CellKind.Percent),
        new("efisiensi_pct", CellKind.Percent),
        new("sisa_anggaran", CellKind.Money),
    ];

    public static Table From(EfisiensiTable table)
    {
        var rows = table.Rows.Select(row => (IReadOnlyList<Cell>)
        [
            Cell.OfText(row.Sasaran),
            Cell.OfPercent(row.CapaianPct),
            Cell.OfMoney(row.Pagu),
            Cell.OfMoney(row.Realisasi),
            Cell.OfPercent(row.SerapanPct),
            Cell.OfPercent(row.EfisiensiPct),
            Cell.OfMoney(row.SisaAnggaran),
        ]).ToList();
        var title = $"Efisiensi {table.Unit} {table.Year}, realisasi s.d. {table.PeriodEnd:yyyy-MM-dd} (tahap {table.Stage.Name()})";
        return new Table(title, Columns, rows, rows.Count - 1);
    }
}
