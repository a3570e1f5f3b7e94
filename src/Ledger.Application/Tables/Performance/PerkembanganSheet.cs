using System.Globalization;
using Ledger.Projections.Performance.Tables;
using Ledger.Sheets.Writing;

namespace Ledger.Application.Tables.Performance;

/// <summary>The perkembangan table in the contract's columns (§9.4): <c>capaian_YYYY</c> for each year.</summary>
public static class PerkembanganSheet
{
    public static IReadOnlyList<Column> ColumnsOf(IEnumerable<int> years) =>
        [new("sasaran", CellKind.Text), new("indikator", CellKind.Text), .. years.Select(y => new Column("capaian_" + y.ToString(CultureInfo.InvariantCulture), CellKind.Percent))];

    public static Table From(PerkembanganTable table)
    {
        var rows = table.Rows.Select(row => (IReadOnlyList<Cell>)
            [Cell.OfText(row.Sasaran), Cell.OfText(row.Indikator), .. row.Capaian.Select(Cell.OfPercent)]).ToList();
        var title = $"Perkembangan capaian {table.Unit} {table.Years[0]}–{table.Year}";
        return new Table(title, ColumnsOf(table.Years), rows);
    }
}
