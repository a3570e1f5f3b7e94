using Ledger.Sheets.Hierarchy;
using Ledger.Sheets.Lines;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Realisasi;

/// <summary>
/// Parses a realisasi sheet (contract §5) into a <see cref="RealisasiSheet"/>, or the first error.
/// Parents are placed by the kodes present, with the budget's rule; unlike a budget, a realisasi
/// sheet may report on a few lines only, so a line without its parent in the sheet is no error.
/// </summary>
public static class RealisasiSheetParser
{
    public static SheetResult<RealisasiSheet> Parse(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var bound = SheetColumns.Bind(sheet, LineColumns.RealisasiRequired, LineColumns.RealisasiAll);
        if (!bound.IsOk)
            return bound.Error;
        var columns = bound.Value;
        var lines = new List<RealisasiLine>();
        var totals = new List<PrintedTotal>();
        if (LineRows.Read<RealisasiLine>(sheet, columns, LineColumns.Realisasi, RealisasiRowParser.Parse, lines, totals) is { } bad)
            return bad;
        if (lines.Count == 0)
            return SheetError.InRow(sheet.FileName, sheet.HeaderRow, "the sheet has no realisasi lines below the header");
        var tree = new KodeTree(lines.Select(l => l.Kode));
        var placed = lines.Select(l => l with { Parent = tree.ParentOf(l.Kode), IsLeaf = tree.IsLeaf(l.Kode) }).ToList();
        if (SumGuard(sheet.FileName, columns, placed) is { } tooLarge)
            return tooLarge;
        return new RealisasiSheet(sheet.FileName, placed, totals);
    }

    // Same guarantee as the budget's: later sums of realisasi fit in 64-bit Rupiah.
    private static SheetError? SumGuard(string fileName, SheetColumns columns, List<RealisasiLine> lines)
    {
        var magnitude = 0m;
        foreach (var line in lines.Where(l => l.IsLeaf && l.Realisasi is not null))
        {
            magnitude += Math.Abs((decimal)line.Realisasi!.Value.Rupiah);
            if (magnitude > long.MaxValue)
            {
                return SheetError.AtCell(fileName, line.Row, columns.NumberOf(LineColumns.Realisasi), LineColumns.Realisasi,
                    "realisasi makes the sheet's total larger than the ledger can hold");
            }
        }
        return null;
    }
}
