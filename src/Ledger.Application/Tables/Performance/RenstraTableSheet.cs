using System.Globalization;
using Ledger.Domain.Performance;
using Ledger.Projections.Performance.Tables;
using Ledger.Sheets.Writing;

namespace Ledger.Application.Tables.Performance;

/// <summary>The Renstra table (not the Renstra sheet one imports) in the contract's columns (§9.4): <c>target_YYYY</c> for each year of the period.</summary>
public static class RenstraTableSheet
{
    public static IReadOnlyList<Column> ColumnsOf(IEnumerable<int> years) =>
    [
        new("tingkat", CellKind.Text), new("tujuan", CellKind.Text), new("sasaran", CellKind.Text), new("indikator", CellKind.Text),
        new("satuan", CellKind.Text), new("arah", CellKind.Text), new("kondisi_awal", CellKind.Number),
        .. years.Select(y => new Column("target_" + y.ToString(CultureInfo.InvariantCulture), CellKind.Number)),
        new("target_akhir", CellKind.Number),
    ];

    public static Table From(RenstraTable table)
    {
        var rows = table.Rows.Select(row => (IReadOnlyList<Cell>)
        [
            Cell.OfText(row.Tingkat), Cell.OfText(row.Tujuan), Cell.OfText(row.Sasaran), Cell.OfText(row.Indikator),
            Cell.OfText(row.Satuan), Cell.OfText(row.Arah == Domain.Values.Arah.Turun ? "turun" : "naik"), Cell.OfNumber(row.KondisiAwal?.Value),
            .. table.Years.Select(y => Cell.OfNumber(row.TargetOf(y)?.Value)),
            Cell.OfNumber(row.TargetAkhir?.Value),
        ]).ToList();
        return new Table($"Renstra {table.Unit} {table.FirstYear}–{table.LastYear}", ColumnsOf(table.Years), rows);
    }
}
