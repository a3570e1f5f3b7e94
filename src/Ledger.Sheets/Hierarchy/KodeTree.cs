using Ledger.Domain.Values;

namespace Ledger.Sheets.Hierarchy;

/// <summary>
/// The hierarchy the kodes of one sheet imply: the parent of a kode is the longest other kode in
/// the sheet that is its ancestor at a dot. Lines without an ancestor are top level; depth counts
/// ancestors present in the sheet, so 0 is a program whatever the coding scheme.
/// </summary>
internal sealed class KodeTree
{
    private readonly Dictionary<Kode, Kode?> _parents = [];
    private readonly Dictionary<Kode, List<Kode>> _children = [];
    private readonly Dictionary<Kode, int> _depths = [];

    public KodeTree(IEnumerable<Kode> kodes)
    {
        var byValue = kodes.ToDictionary(k => k.Value, StringComparer.Ordinal);
        // Fewer segments first, so a parent's depth is known before its children's.
        foreach (var kode in byValue.Values.OrderBy(k => k.SegmentCount))
        {
            var parent = LongestAncestor(kode, byValue);
            _parents[kode] = parent;
            _children[kode] = [];
            _depths[kode] = parent is { } p ? _depths[p] + 1 : 0;
            if (parent is { } known)
                _children[known].Add(kode);
        }
        var tops = _parents.Where(p => p.Value is null).Select(p => p.Key.SegmentCount).ToList();
        TopSegmentCount = tops.Count == 0 ? 0 : tops.Min();
    }

    /// <summary>The fewest segments among top-level kodes: every top-level kode should have this many.</summary>
    public int TopSegmentCount { get; }

    public Kode? ParentOf(Kode kode) => _parents[kode];

    public IReadOnlyList<Kode> ChildrenOf(Kode kode) => _children[kode];

    public bool IsLeaf(Kode kode) => _children[kode].Count == 0;

    public int DepthOf(Kode kode) => _depths[kode];

    /// <summary>
    /// A top-level kode longer than the shortest top-level kode: its program or kegiatan row is
    /// missing from the sheet (or its kode is mistyped), so it cannot be placed.
    /// </summary>
    public bool LacksParent(Kode kode) => _parents[kode] is null && kode.SegmentCount > TopSegmentCount;

    private static Kode? LongestAncestor(Kode kode, Dictionary<string, Kode> byValue)
    {
        var value = kode.Value;
        for (var dot = value.LastIndexOf('.'); dot > 0; dot = value.LastIndexOf('.', dot - 1))
        {
            if (byValue.TryGetValue(value[..dot], out var ancestor))
                return ancestor;
        }
        return null;
    }
}
