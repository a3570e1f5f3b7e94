namespace Ledger.Sheets.Performance;

/// <summary>
/// A parsed Renstra sheet: its indicator rows in sheet order, each indicator named once (by <see cref="Domain.Performance.IndicatorMatch"/>),
/// and the years its <c>target_YYYY</c> columns give, ascending.
/// </summary>
public sealed record RenstraSheet(string FileName, IReadOnlyList<int> Years, IReadOnlyList<RenstraRow> Rows);
