using Ledger.Domain.Values;

namespace Ledger.Sheets.Writing;

/// <summary>
/// The targets of a line's indicators, in the order of its indicator names; null where an indicator has none at that
/// stage. Written as text (the printed tables show targets with their satuan): <c>3.813 Porsi; 78,5%; -</c>.
/// </summary>
public sealed record TargetsCell(IReadOnlyList<Quantity?> Targets) : Cell
{
    public override bool Fits(CellKind kind) => kind == CellKind.Text;
}
