using Ledger.Domain.Values;
using Ledger.Sheets.Numbers;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Performance;

/// <summary>Reads the typed cells of one row of a performance sheet; each method returns the error of its cell, or null.</summary>
internal sealed class PerformanceCells(string fileName, SheetColumns columns, SheetRow row)
{
    /// <summary>Longest name kept (tujuan, sasaran, indikator); a longer cell is a wrong column, not a name.</summary>
    public const int MaxNameChars = 2000;

    /// <summary>The error for a sheet of more than <see cref="PerformanceLimits.MaxRows"/> rows, at the first row too many; null when within.</summary>
    public static SheetError? TooManyRows(Sheet sheet) =>
        sheet.Rows.Count > PerformanceLimits.MaxRows
            ? SheetError.InRow(sheet.FileName, sheet.Rows[PerformanceLimits.MaxRows].RowNumber,
                $"the sheet has more than {PerformanceLimits.MaxRows} rows; a unit's performance sheet has tens")
            : null;

    /// <summary>Most kodes one <c>program</c> cell may name.</summary>
    public const int MaxPrograms = 256;

    public int Row => row.RowNumber;

    /// <summary>The collapsed text of a cell; "" when empty or when the sheet has no such column.</summary>
    public string Text(string column) => CellText.Collapse(columns.Text(row, column));

    /// <summary>A name cell that must not be empty.</summary>
    public SheetError? Name(string column, out string name)
    {
        name = Text(column);
        if (name.Length == 0)
            return Error(column, "is empty");
        return name.Length > MaxNameChars ? Error(column, $"is longer than {MaxNameChars} characters") : null;
    }

    /// <summary>An optional text cell: null when empty.</summary>
    public SheetError? OptionalName(string column, out string? name)
    {
        var text = Text(column);
        name = text.Length == 0 ? null : text;
        return text.Length > MaxNameChars ? Error(column, $"is longer than {MaxNameChars} characters") : null;
    }

    /// <summary><c>naik</c> or <c>turun</c> (any case); null when the cell is empty.</summary>
    public SheetError? Arah(out Arah? arah)
    {
        arah = null;
        var text = Text(PerformanceColumns.Arah);
        if (text.Length == 0)
            return null;
        if (text.Equals("naik", StringComparison.OrdinalIgnoreCase))
            arah = Domain.Values.Arah.Naik;
        else if (text.Equals("turun", StringComparison.OrdinalIgnoreCase))
            arah = Domain.Values.Arah.Turun;
        else
            return Error(PerformanceColumns.Arah, $"{NumberText.Quote(text)} is not naik or turun");
        return null;
    }

    /// <summary>A number with an optional unit (<c>78,5</c>, <c>100%</c>, <c>2 Dokumen</c>); null when empty or <c>-</c>.</summary>
    public SheetError? Quantity(string column, out Quantity? quantity)
    {
        quantity = null;
        var text = Text(column);
        if (text is "" or "-")
            return null;
        if (!QuantityParser.TryParse(text, out var parsed, out var problem))
            return Error(column, problem!);
        quantity = parsed;
        return null;
    }

    /// <summary>A number that must be there.</summary>
    public SheetError? RequiredQuantity(string column, out Quantity quantity)
    {
        quantity = default;
        if (Quantity(column, out var parsed) is { } bad)
            return bad;
        if (parsed is not { } value)
            return Error(column, Text(column).Length == 0 ? "is empty" : "is '-'; a number is required");
        quantity = value;
        return null;
    }

    /// <summary>A percentage as printed (<c>107</c>, <c>93,50</c>); null when empty or <c>-</c>.</summary>
    public SheetError? Percent(string column, out decimal? value)
    {
        value = null;
        var text = Text(column);
        if (text is "" or "-")
            return null;
        if (!Numbers.Percent.TryParse(text, out var parsed, out var problem))
            return Error(column, problem!);
        value = parsed;
        return null;
    }

    /// <summary><c>ya</c> is true; <c>tidak</c>, <c>-</c> or empty false; any other text an error.</summary>
    public SheetError? Flag(string column, out bool flag)
    {
        var text = Text(column);
        flag = text.Equals("ya", StringComparison.OrdinalIgnoreCase);
        return flag || text is "" or "-" || text.Equals("tidak", StringComparison.OrdinalIgnoreCase)
            ? null
            : Error(column, $"{NumberText.Quote(text)} is not ya or tidak");
    }

    /// <summary><c>;</c>-separated kodes, each once; an empty cell is none.</summary>
    public SheetError? Kodes(string column, out List<Kode> kodes)
    {
        kodes = [];
        var items = CellText.SplitList(columns.Text(row, column));
        if (items.Count > MaxPrograms)
            return Error(column, $"names {items.Count} kodes; at most {MaxPrograms} are allowed");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Length == 0)
                return Error(column, $"kode {i + 1} of {items.Count} is empty");
            if (!Kode.TryParse(items[i], out var kode, out var problem))
                return Error(column, problem!);
            if (kodes.Contains(kode))
                return Error(column, $"names {kode} twice");
            kodes.Add(kode);
        }
        return null;
    }

    public SheetError Error(string column, string problem) =>
        SheetError.InCell(fileName, row.RowNumber, columns.NumberOf(column), column, problem);
}
