using Ledger.Domain.Values;

namespace Ledger.Domain.Events;

/// <summary>A program, kegiatan or sub kegiatan enters the budget at the envelope's stage.</summary>
public sealed record LineOpened(Kode Kode, Level Level, Kode? Parent, string Uraian, LineAttributes Attributes) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>The name or attributes of an open line changed.</summary>
public sealed record LineDescribed(Kode Kode, string Uraian, LineAttributes Attributes) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>The line is dropped at the envelope's stage (a refocusing or perubahan deleting a kegiatan); its pagu there is 0.</summary>
public sealed record LineRemoved(Kode Kode) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}

/// <summary>An open line moves in the hierarchy: a new parent (and so level) appeared above it, or its parent was dropped.</summary>
public sealed record LineRegrouped(Kode Kode, Level Level, Kode? Parent) : BudgetEvent
{
    /// <inheritdoc/>
    public override Kode? Line => Kode;
}
