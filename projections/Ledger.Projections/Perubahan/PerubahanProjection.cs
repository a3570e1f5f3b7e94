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
            var row = new PerubahanRow(
                line.Kode,
                line.Level,
                line.Uraian,
                tree.PaguAt(line, before),
                tree.PaguAt(line, after),
                IndicatorNames(line, line.Present.At(after) ? after : before),
                Targets(line, before),
                Targets(line, after));
            rows.Add(row);
            if (line.Parent is null)
                total = (total.Sebelum + row.Sebelum, total.Setelah + row.Setelah);
        }
        rows.Add(new PerubahanRow(null, null, JumlahLabel, total.Sebelum, total.Setelah, "", "", ""));
        return new PerubahanTable(unit, fiscalYear, before, after, slice, rows);
    }

    private static string IndicatorNames(LineState line, Stage stage) =>
        string.Join("; ", line.IndicatorsAt(stage).Select(i => i.Name));

    private static string Targets(LineState line, Stage stage) =>
        !line.Present.At(stage)
            ? ""
            : string.Join("; ", line.IndicatorsAt(stage).Select(i => i.Target?.ToIndonesian() ?? "-"));
}
