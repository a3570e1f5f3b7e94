using Ledger.Domain.Values;

namespace Ledger.Sheets.Realisasi;

/// <summary>An indicator named on a realisasi row and the value achieved (null when none is printed).</summary>
public sealed record KinerjaValue(string Indikator, Quantity? Value);
