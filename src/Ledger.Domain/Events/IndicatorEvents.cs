using Ledger.Domain.Values;

namespace Ledger.Domain.Events;

/// <summary>A performance indicator is attached to a line (or redefined with another unit or direction).</summary>
public sealed record IndicatorDefined(Kode Kode, string Indikator, string Satuan, Arah Arah) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>An indicator no longer applies to the line from the envelope's stage on.</summary>
public sealed record IndicatorDropped(Kode Kode, string Indikator) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>An indicator's target is set where it had none.</summary>
public sealed record TargetSet(Kode Kode, string Indikator, Quantity Target) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>An indicator's target changes at the envelope's stage.</summary>
public sealed record TargetRevised(Kode Kode, string Indikator, Quantity From, Quantity To) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>The target of an indicator for the end of the Renstra period (the five-year plan), as the Renja prints it.</summary>
public sealed record TargetRenstraSet(Kode Kode, string Indikator, Quantity Target) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}
