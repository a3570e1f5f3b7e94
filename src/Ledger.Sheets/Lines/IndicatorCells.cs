using Ledger.Domain.Values;
using Ledger.Sheets.Numbers;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Lines;

/// <summary>
/// Reads the <c>;</c>-separated indicator cells of a line row: names, and one value per name in
/// the same order (targets, realisasi kinerja, arah, printed capaian).
/// </summary>
internal sealed class IndicatorCells(string fileName, SheetColumns columns, SheetRow row)
{
    /// <summary>Most indicators a line may carry; real lines have one to four.</summary>
    public const int MaxIndicators = 32;

    public SheetError? Names(out List<string> names)
    {
        names = CellText.SplitList(columns.Text(row, LineColumns.Indikator));
        if (names.Count > MaxIndicators)
            return Error(LineColumns.Indikator, $"has {names.Count} names; at most {MaxIndicators} are allowed");
        var empty = names.IndexOf("");
        return empty < 0 ? null : Error(LineColumns.Indikator, $"name {empty + 1} of {names.Count} is empty");
    }

    /// <summary>
    /// One quantity per indicator; an empty cell gives no value for any of them. An empty item or
    /// <c>-</c> is a missing value for that indicator.
    /// </summary>
    public SheetError? Quantities(string column, int count, out List<Quantity?> values)
    {
        values = [];
        var items = CellText.SplitList(columns.Text(row, column));
        if (items.Count == 0)
        {
            values.AddRange(Enumerable.Repeat<Quantity?>(null, count));
            return null;
        }
        if (CountMismatch(column, items.Count, count) is { } mismatch)
            return mismatch;
        foreach (var item in items)
        {
            if (item is "" or "-")
                values.Add(null);
            else if (QuantityParser.TryParse(item, out var quantity, out var problem))
                values.Add(quantity);
            else
                return Error(column, problem!);
        }
        return null;
    }

    /// <summary>
    /// Printed percentages, one per indicator when the line has indicators; on a line without
    /// indicators any number of them is kept as printed.
    /// </summary>
    public SheetError? Percents(string column, int count, out List<decimal?> values)
    {
        values = [];
        var items = CellText.SplitList(columns.Text(row, column));
        if (items.Count > MaxIndicators)
            return Error(column, $"has more than {MaxIndicators} values");
        if (count > 0 && items.Count > 0 && CountMismatch(column, items.Count, count) is { } mismatch)
            return mismatch;
        foreach (var item in items)
        {
            if (item is "" or "-")
                values.Add(null);
            else if (Percent.TryParse(item, out var value, out var problem))
                values.Add(value);
            else
                return Error(column, problem!);
        }
        return null;
    }

    /// <summary><c>naik</c> (the default) or <c>turun</c>: one per indicator, or one for all.</summary>
    public SheetError? Arahs(int count, out List<Arah> values)
    {
        values = [];
        var items = CellText.SplitList(columns.Text(row, LineColumns.Arah));
        if (items.Count > 1 && CountMismatch(LineColumns.Arah, items.Count, count) is { } mismatch)
            return mismatch;
        foreach (var item in items)
        {
            if (item.Length == 0 || item.Equals("naik", StringComparison.OrdinalIgnoreCase))
                values.Add(Arah.Naik);
            else if (item.Equals("turun", StringComparison.OrdinalIgnoreCase))
                values.Add(Arah.Turun);
            else
                return Error(LineColumns.Arah, $"{NumberText.Quote(item)} is not naik or turun");
        }
        var fill = values.Count == 1 ? values[0] : Arah.Naik;
        while (values.Count < count)
            values.Add(fill);
        if (values.Count > count)
            values.RemoveRange(count, values.Count - count);
        return null;
    }

    private SheetError? CountMismatch(string column, int items, int count) =>
        items == count ? null
        : count == 0 ? Error(column, $"has {Plural(items, "value")} but the line has no indikator")
        : Error(column, $"has {Plural(items, "value")} for {count} indikator");

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private SheetError Error(string column, string problem) =>
        SheetError.InCell(fileName, row.RowNumber, columns.NumberOf(column), column, problem);
}
