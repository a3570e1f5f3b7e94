using Ledger.Domain.Performance;
namespace Ledger.Sheets.Performance;

/// <summary>
/// A parsed PK sheet (one unit-year): its indicator rows in sheet order, each indicator named once (by
/// <see cref="Domain.Performance.IndicatorMatch"/>). Whether the indicators are the Renstra's and the kodes the year's budget lines is for
/// the importer to check; this sheet only knows itself.
/// </summary>
public sealed record PkSheet(string FileName, IReadOnlyList<PkRow> Rows)
{
    /// <summary>The row of the indicator named <paramref name="indikator"/> (by <see cref="Domain.Performance.IndicatorMatch"/>), or null.</summary>
    public PkRow? Find(string indikator) => Rows.FirstOrDefault(r => IndicatorMatch.Same(r.Indikator, indikator));
}
