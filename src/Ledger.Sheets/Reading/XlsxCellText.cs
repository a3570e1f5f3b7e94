using System.Globalization;
using ClosedXML.Excel;

namespace Ledger.Sheets.Reading;

/// <summary>
/// Renders an XLSX cell as the text a CSV export of it would hold, in invariant culture:
/// numbers without grouping (<c>1234567</c>, <c>78.5</c>), so the Indonesian number parsers
/// read typed cells and text cells alike.
/// </summary>
internal static class XlsxCellText
{
    public static bool TryRender(IXLCell cell, out string text)
    {
        text = "";
        object? value;
        if (cell.HasFormula)
        {
            // Never evaluate: ClosedXML's engine lacks many functions; Excel saved the result.
            value = cell.CachedValue;
            if (value is null || (value is string s && s.Length == 0))
                return false;
            if (value is string cached && cell.DataType == XLDataType.Number
                && double.TryParse(cached, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                value = number;
            }
        }
        else
        {
            value = cell.Value;
        }
        text = value switch
        {
            double d => IsPercentFormat(cell) ? Number(d * 100) + "%" : Number(d),
            bool b => b ? "TRUE" : "FALSE",
            DateTime t => t.TimeOfDay == TimeSpan.Zero
                ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
            null => "",
            var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
        };
        return true;
    }

    /// <summary>
    /// At most 15 significant digits, as Excel shows them, so 0.1+0.2 reads <c>0.3</c>; no exponent.
    /// </summary>
    public static string Number(double value)
    {
        if (double.IsFinite(value) && Math.Abs(value) < 7.9e27)
            return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    // A cell typed 0.9635 and formatted as a percentage shows "96.35%"; reading 0.9635 would be wrong by 100×.
    private static bool IsPercentFormat(IXLCell cell)
    {
        var format = cell.Style.NumberFormat;
        return format.NumberFormatId is 9 or 10 || (format.Format ?? "").Contains('%', StringComparison.Ordinal);
    }
}
