using Ledger.Domain.Values;

namespace Ledger.Sheets.Budget;

/// <summary>
/// A performance indicator of a budget line: its name (trimmed, white space collapsed), its target
/// (null when the sheet prints none) and which way it improves.
/// </summary>
public sealed record IndicatorSpec(string Name, Quantity? Target, Arah Arah);
