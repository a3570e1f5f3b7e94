using Ledger.Domain.Values;

namespace Ledger.Sheets.Checks;

/// <summary>
/// Sums an amount over the leaves below each line, given each line's parent: what a parent's
/// printed figure (pagu, realisasi) should be. Used for budget and realisasi sheets alike. The sums
/// are decimals of whole Rupiah, so that no mix of sheets (a realisasi sheet summed over a budget's
/// hierarchy) can overflow a check.
/// </summary>
internal static class SubtreeSums
{
    public static Dictionary<Kode, decimal> Compute<TLine>(
        IReadOnlyList<TLine> lines, Func<TLine, Kode> kode, Func<TLine, Kode?> parent, Func<TLine, bool> isLeaf,
        Func<TLine, decimal> leafAmount)
    {
        var sums = new Dictionary<Kode, decimal>();
        // Deepest first (more segments), so each child is complete before it is added to its parent.
        foreach (var line in lines.OrderByDescending(l => kode(l).SegmentCount))
        {
            var own = isLeaf(line) ? leafAmount(line) : sums.GetValueOrDefault(kode(line));
            sums[kode(line)] = own;
            if (parent(line) is { } p)
                sums[p] = sums.GetValueOrDefault(p) + own;
        }
        return sums;
    }
}
