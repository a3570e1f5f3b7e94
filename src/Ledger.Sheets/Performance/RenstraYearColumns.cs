using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Performance;

/// <summary>Finds a Renstra sheet's yearly target columns (<c>target_2022</c> …) in its header.</summary>
internal static class RenstraYearColumns
{
    /// <summary>The years of the <c>target_YYYY</c> columns, ascending; an odd <c>target_…</c> column or a year outside the period is an error.</summary>
    public static List<int> Find(Sheet sheet, (int First, int Last)? period, out SheetError? error)
    {
        error = null;
        var years = new List<int>();
        for (var i = 0; i < sheet.Header.Count; i++)
        {
            var name = SheetColumns.Normalize(sheet.Header[i]);
            if (!name.StartsWith(PerformanceColumns.TargetYearPrefix, StringComparison.Ordinal) || name == PerformanceColumns.TargetAkhir)
                continue;
            if (!PerformanceColumns.IsTargetYear(name, out var year))
            {
                error = SheetError.AtCell(sheet.FileName, sheet.HeaderRow, i + 1, name,
                    $"column {name} is neither target_YYYY (a year's target) nor target_akhir");
                return years;
            }
            if (period is { } p && (year < p.First || year > p.Last))
            {
                error = SheetError.AtCell(sheet.FileName, sheet.HeaderRow, i + 1, name,
                    $"column {name} is outside the Renstra period {p.First}-{p.Last}");
                return years;
            }
            if (!years.Contains(year))
                years.Add(year);
        }
        if (years.Count > RenstraSheetParser.MaxYears)
            error = SheetError.InRow(sheet.FileName, sheet.HeaderRow, $"the sheet has {years.Count} target_YYYY columns; at most {RenstraSheetParser.MaxYears} are allowed");
        years.Sort();
        return years;
    }
}
