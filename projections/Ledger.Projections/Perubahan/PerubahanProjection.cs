using System.Collections.Immutable;
using Ledger.Domain.Budget;
using Ledger.Domain.Values;

namespace Ledger.Projections.Perubahan;

/// <summary>Builds the change table from a folded budget. Pure: the same state always gives the same table.</summary>
public static class PerubahanProjection
{
    public const string JumlahLabel = "JUMLAH";

    /// <param name="sebelum">Defaults to murni.</param>
    /// <param name="setelah">Defaults to the latest stage in force in the state.</param>
    public static PerubahanTable Build(
        string unit, int fiscalYear, BudgetState state, TimeSlice slice, Stage? sebelum = null, Stage? setelah = null)
    {
        var before = sebelum ?? Stage.Murni;
        var after = setelah ?? state.LatestStage ?? Stage.Murni;
        var tree = new LineTree(state);
        var rows = new List<PerubahanRow>();
        var total = (Sebelum: Money.Zero, Setelah: Money.Zero);
        foreach (var line in state.Lines.Values)
        {
            if (!line.Present.At(before) && !line.Present.At(after))
                continue;
            var names = IndicatorNames(line, before, after);
            var row = new PerubahanRow(
                line.Kode,
                line.Level,
                line.Uraian,
                tree.PaguAt(line, before),
                tree.PaguAt(line, after),
                string.Join("; ", names),
                Targets(line, before, names),
                Targets(line, after, names));
            rows.Add(row);
            if (line.Parent is null)
                total = (total.Sebelum + row.Sebelum, total.Setelah + row.Setelah);
        }
        rows.Add(new PerubahanRow(null, null, JumlahLabel, total.Sebelum, total.Setelah, "", null, null));
        return new PerubahanTable(unit, fiscalYear, before, after, slice, rows);
    }

    /// <summary>The indicators of either side: setelah's in their order, then those only sebelum had.</summary>
    private static IReadOnlyList<string> IndicatorNames(LineState line, Stage before, Stage after)
    {
        var names = line.Present.At(after) ? line.IndicatorsAt(after).Select(i => i.Name).ToList() : [];
        if (line.Present.At(before))
            names.AddRange(line.IndicatorsAt(before).Select(i => i.Name).Where(n => !names.Any(m => IndicatorName.SameAs(m, n))));
        return names;
    }

    /// <summary>Targets aligned with <paramref name="names"/>: null where an indicator has none at that stage.</summary>
    private static ValueList<Quantity?>? Targets(LineState line, Stage stage, IReadOnlyList<string> names)
    {
        if (!line.Present.At(stage))
            return null;
        var indicators = line.IndicatorsAt(stage);
        return new(names.Select(name => indicators.Find(i => IndicatorName.SameAs(i.Name, name))?.Target));
    }
}
