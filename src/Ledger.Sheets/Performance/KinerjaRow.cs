using Ledger.Domain.Values;

namespace Ledger.Sheets.Performance;

/// <summary>One row of a kinerja (pengukuran) sheet (contract §9.3).</summary>
/// <param name="Row">The 1-based row in the file.</param>
/// <param name="Indikator">An indicator of the unit-year's PK, as named in the sheet.</param>
/// <param name="Realisasi">The value achieved at the period end.</param>
/// <param name="PrintedCapaianPct">The capaian as printed, in percent with its printed decimals; never stored, <c>check</c> compares it.</param>
public sealed record KinerjaRow(int Row, string Indikator, Quantity Realisasi, decimal? PrintedCapaianPct);
