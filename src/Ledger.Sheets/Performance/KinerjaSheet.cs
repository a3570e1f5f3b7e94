namespace Ledger.Sheets.Performance;

/// <summary>
/// A parsed kinerja sheet: what each indicator achieved at one period end, rows in sheet order, each indicator once
/// (by <see cref="Domain.Performance.IndicatorMatch"/>). Whether the indicators are the PK's is for the importer (or <c>check</c>) to see.
/// </summary>
public sealed record KinerjaSheet(string FileName, IReadOnlyList<KinerjaRow> Rows);
