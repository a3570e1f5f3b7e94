using Ledger.Domain.Values;
using Ledger.Sheets.Hierarchy;
using Ledger.Sheets.Lines;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Budget;

/// <summary>Places the rows of a budget sheet in their hierarchy and checks it is one.</summary>
internal static class BudgetTreeBuilder
{
    /// <summary>Deepest level: 0 program, 1 kegiatan, 2 sub kegiatan.</summary>
    private const int MaxDepth = 2;

    public static SheetResult<BudgetSheet> Build(string fileName, SheetColumns columns, List<BudgetRow> rows, List<PrintedTotal> totals)
    {
        var tree = new KodeTree(rows.Select(r => r.Kode));
        var kodeColumn = columns.NumberOf(LineColumns.Kode);
        foreach (var row in rows)
        {
            if (tree.LacksParent(row.Kode))
            {
                return SheetError.AtCell(fileName, row.Row, kodeColumn, LineColumns.Kode,
                    $"parent of {row.Kode} is missing from the sheet");
            }
            if (tree.DepthOf(row.Kode) > MaxDepth)
            {
                return SheetError.AtCell(fileName, row.Row, kodeColumn, LineColumns.Kode,
                    $"kode {row.Kode} is {tree.DepthOf(row.Kode) + 1} levels deep; a budget has only program, kegiatan and sub kegiatan");
            }
        }
        if (SumGuard(fileName, columns, rows, tree) is { } tooLarge)
            return tooLarge;
        var lines = rows.Select(row => new BudgetLine(
                row.Kode,
                Levels.FromDepth(tree.DepthOf(row.Kode)),
                tree.ParentOf(row.Kode),
                row.Uraian,
                row.PrintedPagu,
                tree.IsLeaf(row.Kode) ? row.PrintedPagu ?? Money.Zero : Money.Zero,
                tree.IsLeaf(row.Kode),
                row.Indicators,
                row.Attributes,
                row.Row,
                columns)
        { PaguRenstra = row.PaguRenstra })
            .ToList();
        return new BudgetSheet(fileName, lines, totals);
    }

    /// <summary>
    /// Refuses leaves whose amounts together exceed 64-bit Rupiah, so that every sum taken later
    /// (a parent, the total) fits and checked arithmetic never throws on user input.
    /// </summary>
    private static SheetError? SumGuard(string fileName, SheetColumns columns, List<BudgetRow> rows, KodeTree tree)
    {
        var magnitude = 0m;
        foreach (var row in rows.Where(r => tree.IsLeaf(r.Kode) && r.PrintedPagu is not null))
        {
            magnitude += Math.Abs((decimal)row.PrintedPagu!.Value.Rupiah);
            if (magnitude > long.MaxValue)
            {
                return SheetError.AtCell(fileName, row.Row, columns.NumberOf(LineColumns.Pagu), LineColumns.Pagu,
                    "pagu makes the sheet's total larger than the ledger can hold");
            }
        }
        return null;
    }
}
