using Ledger.Domain.Values;

namespace Ledger.Sheets.Budget;

/// <summary>
/// A performance indicator of a budget line: its name (trimmed, white space collapsed), its target
/// (null when the sheet prints none) and which way it improves.
/// </summary>
public sealed record IndicatorSpec(string Name, Quantity? Target, Arah Arah)
{
    /// <summary>The end-of-Renstra target, when the sheet prints one (column <c>target_renstra</c>).</summary>
    public Quantity? TargetRenstra { get; init; }
}
