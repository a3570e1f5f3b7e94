using FsCheck;
using FsCheck.Fluent;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Folding;

public enum StepKind
{
    BalancedPergeseran,
    UnbalancedPergeseran,
    Refocusing,
    Reimport,
    Correction,
}

/// <summary>One step of a generated budget year; <see cref="Dice"/> are the random choices it makes (0–999 each).</summary>
public sealed record Step(StepKind Kind, int[] Dice)
{
    public override string ToString() => $"{Kind}({string.Join(',', Dice.Take(8))}…)";
}

/// <summary>
/// A random budget tree (programs 7.01.PP, kegiatan 7.01.PP.2.KK, sub kegiatan 7.01.PP.2.KK.SSSS) and a random year over
/// it: a murni sheet, then pergeseran / refocusing / re-imports / corrections, optionally a perubahan and a few more.
/// </summary>
public sealed record Scenario(int[][] Tree, int[] MurniDice, Step[] BeforePerubahan, int[]? PerubahanDice, Step[] AfterPerubahan)
{
    /// <summary>Every leaf of the universe: sub kegiatan, or kegiatan that have none.</summary>
    public IReadOnlyList<Kode> Leaves
    {
        get
        {
            var leaves = new List<Kode>();
            for (var p = 0; p < Tree.Length; p++)
            {
                for (var k = 0; k < Tree[p].Length; k++)
                {
                    var kegiatan = $"7.01.{p + 1:00}.2.{k + 1:00}";
                    if (Tree[p][k] == 0)
                        leaves.Add(Kode.Parse(kegiatan));
                    for (var s = 0; s < Tree[p][k]; s++)
                        leaves.Add(Kode.Parse($"{kegiatan}.{s + 1:0000}"));
                }
            }
            return leaves;
        }
    }

    public override string ToString() =>
        $"tree [{string.Join(" | ", Tree.Select(p => string.Join(',', p)))}], murni, {string.Join(", ", BeforePerubahan.Select(s => s.ToString()))}"
        + (PerubahanDice is null ? "" : ", perubahan") + $", {string.Join(", ", AfterPerubahan.Select(s => s.ToString()))}";

    private static readonly Gen<int[]> Dice = Gen.Choose(0, 999).ArrayOf(32);

    private static readonly Gen<Step> AnyStep =
        from kind in Gen.Frequency(
            (4, Gen.Constant(StepKind.BalancedPergeseran)),
            (2, Gen.Constant(StepKind.UnbalancedPergeseran)),
            (3, Gen.Constant(StepKind.Refocusing)),
            (1, Gen.Constant(StepKind.Reimport)),
            (2, Gen.Constant(StepKind.Correction)))
        from dice in Dice
        select new Step(kind, dice);

    private static readonly Gen<Step> LateStep =
        from kind in Gen.Elements(StepKind.Reimport, StepKind.Correction, StepKind.UnbalancedPergeseran)
        from dice in Dice
        select new Step(kind, dice);

    public static readonly Gen<Scenario> Any =
        from programs in Gen.Choose(1, 3)
        from tree in Gen.Choose(1, 3).SelectMany(kegiatan => Gen.Choose(0, 3).ArrayOf(kegiatan)).ArrayOf(programs)
        from murni in Dice
        from before in Gen.Choose(0, 6).SelectMany(n => AnyStep.ArrayOf(n))
        from perubahan in Gen.Frequency((2, Dice.Select(d => (int[]?)d)), (1, Gen.Constant((int[]?)null)))
        from after in Gen.Choose(0, 3).SelectMany(n => LateStep.ArrayOf(n))
        select new Scenario(tree, murni, before, perubahan, after);
}
