using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

/// <summary>An indicator of a line with its target (null until one is set).</summary>
public sealed record IndicatorState(string Name, string Satuan, Arah Arah, Quantity? Target)
{
    /// <summary>The end-of-Renstra target, when one was given.</summary>
    public Quantity? TargetRenstra { get; init; }

    /// <summary>The name as compared (<see cref="Values.IndicatorName.Key"/>): whitespace collapsed, case folded.</summary>
    public string Key => IndicatorName.Key(Name);
}
