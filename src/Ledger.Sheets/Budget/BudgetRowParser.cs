using Ledger.Domain.Values;
using Ledger.Sheets.Lines;
using Ledger.Sheets.Numbers;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Budget;

/// <summary>Reads the cells of one budget line row whose kode is already read.</summary>
internal static class BudgetRowParser
{
    public static SheetError? Parse(string fileName, SheetColumns columns, SheetRow row, Kode kode, out BudgetRow? line)
    {
        line = null;
        var uraian = CellText.Collapse(columns.Text(row, LineColumns.Uraian));
        if (uraian.Length == 0)
        {
            return SheetError.AtCell(fileName, row.RowNumber, columns.NumberOf(LineColumns.Uraian), LineColumns.Uraian,
                $"uraian of {kode} is empty");
        }
        Money? pagu = null;
        var paguText = columns.Text(row, LineColumns.Pagu);
        if (!string.IsNullOrWhiteSpace(paguText))
        {
            if (!Rupiah.TryParse(paguText, out var amount, out var problem))
                return SheetError.InCell(fileName, row.RowNumber, columns.NumberOf(LineColumns.Pagu), LineColumns.Pagu, problem!);
            pagu = amount;
        }
        var cells = new IndicatorCells(fileName, columns, row);
        if (cells.Names(out var names) is { } badName)
            return badName;
        if (cells.Quantities(LineColumns.Target, names.Count, out var targets) is { } badTarget)
            return badTarget;
        if (cells.Arahs(names.Count, out var arahs) is { } badArah)
            return badArah;
        if (cells.Quantities(LineColumns.TargetRenstra, names.Count, out var renstra) is { } badRenstra)
            return badRenstra;
        Money? paguRenstra = null;
        var paguRenstraText = columns.Text(row, LineColumns.PaguRenstra);
        if (!string.IsNullOrWhiteSpace(paguRenstraText))
        {
            if (!Rupiah.TryParse(paguRenstraText, out var amount, out var problem))
                return SheetError.InCell(fileName, row.RowNumber, columns.NumberOf(LineColumns.PaguRenstra), LineColumns.PaguRenstra, problem!);
            paguRenstra = amount;
        }
        var indicators = names.Select((name, i) => new IndicatorSpec(name, targets[i], arahs[i]) { TargetRenstra = renstra[i] }).ToList();
        var attributes = new LineAttributes(
            CellText.OrNull(columns.Text(row, LineColumns.Lokasi)),
            CellText.OrNull(columns.Text(row, LineColumns.SumberDana)),
            CellText.OrNull(columns.Text(row, LineColumns.KelompokSasaran)));
        line = new BudgetRow(kode, uraian, pagu, indicators, attributes, row.RowNumber) { PaguRenstra = paguRenstra };
        return null;
    }
}
