using Ledger.Domain.Performance;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Performance;

/// <summary>
/// Refuses an indicator named twice in one sheet (by <see cref="Domain.Performance.IndicatorMatch"/>): the PK and kinerja sheets find
/// indicators by name, so a second row of the same name would make the match ambiguous.
/// </summary>
internal sealed class IndicatorRows(string fileName, SheetColumns columns)
{
    private readonly Dictionary<string, int> _firstRow = new(StringComparer.Ordinal);

    public SheetError? Add(string name, int row)
    {
        var key = IndicatorMatch.Key(name);
        if (_firstRow.TryGetValue(key, out var first))
        {
            return SheetError.AtCell(fileName, row, columns.NumberOf(PerformanceColumns.Indikator), PerformanceColumns.Indikator,
                $"indikator '{name}' appears twice (first at row {first})");
        }
        _firstRow[key] = row;
        return null;
    }
}
