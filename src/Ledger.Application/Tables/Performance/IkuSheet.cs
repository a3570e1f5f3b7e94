using Ledger.Projections.Performance.Tables;
using Ledger.Sheets.Writing;

namespace Ledger.Application.Tables.Performance;

/// <summary>The IKU table in the contract's columns (§9.4).</summary>
public static class IkuSheet
{
    public static readonly IReadOnlyList<Column> Columns =
    [
        new("level", CellKind.Text),
        new("sasaran", CellKind.Text),
        new("indikator", CellKind.Text),
        new("satuan", CellKind.Text),
        new("target", CellKind.Number),
        new("realisasi", CellKind.Number),
        new("capaian_pct", CellKind.Percent),
        new("predikat", CellKind.Text),
        new("target_akhir", CellKind.Number),
        new("capaian_akhir_pct", CellKind.Percent),
    ];

    public static Table From(IkuTable table)
    {
        var rows = table.Rows.Select(row => (IReadOnlyList<Cell>)
        [
            Cell.OfText(row.Level),
            Cell.OfText(row.Sasaran),
            Cell.OfText(row.Indikator),
            Cell.OfText(row.Satuan),
            Cell.OfNumber(row.Target),
            Cell.OfNumber(row.Realisasi),
            Cell.OfPercent(row.CapaianPct),
            Cell.OfText(row.Predikat),
            Cell.OfNumber(row.TargetAkhir),
            Cell.OfPercent(row.CapaianAkhirPct),
        ]).ToList();
        var title = $"Indikator Kinerja Utama {table.Unit} {table.Year}, realisasi s.d. {table.PeriodEnd:yyyy-MM-dd} (predikat {table.Scale.Name})";
        return new Table(title, Columns, rows, rows.Count - 1);
    }
}
