using Ledger.Domain.Values;
using Ledger.Projections.Perubahan;
using Ledger.Sheets.Writing;

namespace Ledger.Application.Tables;

/// <summary>The change table in the contract's columns (§6), ready for any output format.</summary>
public static class PerubahanSheet
{
    public static readonly IReadOnlyList<Column> Columns =
    [
        new("kode", CellKind.Text),
        new("level", CellKind.Text),
        new("uraian", CellKind.Text),
        new("pagu_sebelum", CellKind.Money),
        new("pagu_setelah", CellKind.Money),
        new("perubahan", CellKind.Money),
        new("indikator", CellKind.Text),
        new("target_sebelum", CellKind.Text),
        new("target_setelah", CellKind.Text),
    ];

    public static Table From(PerubahanTable table)
    {
        var rows = table.Rows.Select(row => (IReadOnlyList<Cell>)
        [
            Cell.OfText(row.Kode?.Value ?? PerubahanProjection.JumlahLabel),
            Cell.OfText(row.Level?.Name()),
            Cell.OfText(row.IsTotal ? "" : row.Uraian),
            Cell.OfMoney(row.Sebelum),
            Cell.OfMoney(row.Setelah),
            Cell.OfMoney(row.Perubahan),
            Cell.OfText(row.Indikator),
            Cell.OfTargets(row.TargetSebelum),
            Cell.OfTargets(row.TargetSetelah),
        ]).ToList();
        return new Table(Title(table), Columns, rows, rows.Count - 1);
    }

    private static string Title(PerubahanTable table)
    {
        var title = $"Perubahan {table.Unit} {table.FiscalYear}: {table.Sebelum.Name()} → {table.Setelah.Name()}";
        if (table.Slice.AsOf is { } asOf)
            title += $", berlaku per {asOf:yyyy-MM-dd}";
        if (table.Slice.AsKnownAt is { } knownAt)
            title += $", sebagaimana tercatat pada {knownAt}";
        return title;
    }
}
