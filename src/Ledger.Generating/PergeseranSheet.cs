using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// A pergeseran: in one to four kegiatan, 5–30% of one sub kegiatan's pagu moves to another sub kegiatan of the
/// same kegiatan. Every kegiatan keeps its total, so the unit's total is unchanged (the decider refuses otherwise).
/// </summary>
public static class PergeseranSheet
{
    public static IReadOnlyList<PlannedLine> For(IReadOnlyList<PlannedLine> sheet, SplitMix64 random)
    {
        var eligible = SheetLines.Kegiatan(sheet).Where(k => k.Subs.Count >= 2).ToList();
        var changed = new Dictionary<Kode, PlannedLine>();
        if (eligible.Count == 0)
            return sheet;
        foreach (var index in random.Sample(random.Between(1, Math.Min(4, eligible.Count)), eligible.Count))
        {
            var subs = eligible[index].Subs;
            var pair = random.Sample(2, subs.Count);
            var (giver, taker) = random.Chance(50) ? (subs[pair[0]], subs[pair[1]]) : (subs[pair[1]], subs[pair[0]]);
            var amount = Amounts.Scale(giver.Pagu, random.Between(50, 300));
            changed[giver.Kode] = giver with { Pagu = giver.Pagu - amount };
            changed[taker.Kode] = taker with { Pagu = taker.Pagu + amount };
        }
        return SheetLines.Edit(sheet, changed, new HashSet<Kode>(), []);
    }
}
