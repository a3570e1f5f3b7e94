using Ledger.Domain.Budget;
using Ledger.Domain.Values;

namespace Ledger.Projections;

/// <summary>
/// The parent–child structure of a folded budget, for sums: a line's pagu at a stage is its own pagu plus
/// its children's, and zero where the line is not present at that stage.
/// </summary>
public sealed class LineTree
{
    private readonly Dictionary<Kode, List<LineState>> _children = [];

    public LineTree(BudgetState state)
    {
        foreach (var line in state.Lines.Values)
        {
            if (line.Parent is not { } parent)
                continue;
            if (!_children.TryGetValue(parent, out var list))
                _children[parent] = list = [];
            list.Add(line);
        }
    }

    public IReadOnlyList<LineState> ChildrenOf(Kode kode) =>
        _children.TryGetValue(kode, out var list) ? list : [];

    public bool IsLeaf(Kode kode) => !_children.ContainsKey(kode);

    public Money PaguAt(LineState line, Stage stage)
    {
        if (!line.Present.At(stage))
            return Money.Zero;
        var sum = line.Pagu.At(stage);
        foreach (var child in ChildrenOf(line.Kode))
            sum += PaguAt(child, stage);
        return sum;
    }

    /// <summary>Cumulative realisasi reported by <paramref name="date"/> over the line's subtree (lines present at the stage).</summary>
    public Money RealisasiBy(LineState line, Stage stage, NodaTime.LocalDate date)
    {
        if (!line.Present.At(stage))
            return Money.Zero;
        var sum = line.RealisasiBy(date) ?? Money.Zero;
        foreach (var child in ChildrenOf(line.Kode))
            sum += RealisasiBy(child, stage, date);
        return sum;
    }

    /// <summary>The Renstra pagu of a line: its own when given, else the sum of its children's where any is given.</summary>
    public Money? PaguRenstraOf(LineState line, Stage stage)
    {
        if (!line.Present.At(stage))
            return null;
        if (line.PaguRenstra is { } own)
            return own;
        Money? sum = null;
        foreach (var child in ChildrenOf(line.Kode))
        {
            if (PaguRenstraOf(child, stage) is { } part)
                sum = (sum ?? Money.Zero) + part;
        }
        return sum;
    }
}
