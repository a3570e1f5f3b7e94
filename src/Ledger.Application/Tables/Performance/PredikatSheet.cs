using Ledger.Projections.Performance.Tables;
using Ledger.Sheets.Writing;

namespace Ledger.Application.Tables.Performance;

/// <summary>The predikat table in the contract's columns (§9.4): one count column per band of the scale.</summary>
public static class PredikatSheet
{
    public static IReadOnlyList<Column> ColumnsOf(IEnumerable<string> bands) =>
        [new("sasaran", CellKind.Text), new("jumlah_indikator", CellKind.Number), .. bands.Select(b => new Column(PredikatProjection.ColumnOf(b), CellKind.Number))];

    public static Table From(PredikatTable table)
    {
        var rows = table.Rows.Select(row => (IReadOnlyList<Cell>)
            [Cell.OfText(row.Sasaran), Cell.OfNumber(row.JumlahIndikator), .. row.Counts.Select(c => Cell.OfNumber(c))]).ToList();
        var title = $"Predikat {table.Unit} {table.Year}, realisasi s.d. {table.PeriodEnd:yyyy-MM-dd} (skala {table.Scale.Name})";
        return new Table(title, ColumnsOf(table.Bands), rows, rows.Count - 1);
    }
}
