using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

/// <summary>An indicator of a line with its target (null until one is set).</summary>
public sealed record IndicatorState(string Name, string Satuan, Arah Arah, Quantity? Target)
{
    public string Key => IndicatorName.Key(Name);
}
