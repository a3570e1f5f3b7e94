using Ledger.Sheets.Lines;

namespace Ledger.Sheets.Realisasi;

/// <summary>
/// A parsed realisasi sheet: its lines in sheet order and its printed grand totals. Every kode
/// is unique and no sum of realisasi overflows. Whether a kode exists in the budget is for the
/// importer to check; this sheet only knows itself.
/// </summary>
public sealed record RealisasiSheet(string FileName, IReadOnlyList<RealisasiLine> Lines, IReadOnlyList<PrintedTotal> Totals);
