using Ledger.Application;
using Ledger.Application.ReadModels;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Projections;
using Ledger.Projections.Capaian;
using Ledger.Projections.Perubahan;

namespace Ledger.Web.Queries;

/// <summary>Builds a unit-year's <see cref="ChartData"/> from its read model, with the same projections as the tables. At most <see cref="MaxBars"/> bars a chart.</summary>
internal sealed class ChartService(ReadModelCache models)
{
    public const int MaxBars = 60;

    public async Task<ChartData> BuildAsync(string unit, int year, TimeSlice slice, CancellationToken ct)
    {
        var model = await models.GetAsync(unit, year, ct);
        if (model.Events.Count == 0)
            throw new InputException($"no budget for {unit} {year} in this store: import a sheet first");
        return model.Derived((nameof(ChartData), slice), () =>
        {
            var state = model.At(slice);
            return new ChartData(Pagu(unit, year, state, slice), Capaian(unit, year, state, slice));
        });
    }

    private static PaguChart Pagu(string unit, int year, Domain.Budget.BudgetState state, TimeSlice slice)
    {
        var stages = state.Steps.Select(s => s.Stage).Distinct().OrderBy(s => s.Rank()).ThenBy(s => (int)s).ToList();
        var perStage = stages.Select(stage => PerubahanProjection.Build(unit, year, state, slice, stage, stage).Rows
            .Where(r => r.Level == Level.Program)
            .ToDictionary(r => r.Kode!.Value.Value, r => (Label: $"{r.Kode!.Value.Value} {r.Uraian}", Pagu: r.Sebelum.Rupiah)))
            .ToList();
        var programs = perStage.SelectMany(d => d).GroupBy(p => p.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Kode: g.Key, g.First().Value.Label)).ToList();
        var shown = programs.Take(MaxBars).ToList();
        var series = stages.Select((stage, i) => new StageSeries(stage.Name(),
            shown.Select(p => perStage[i].TryGetValue(p.Kode, out var found) ? found.Pagu : 0L).ToList())).ToList();
        return new PaguChart(shown.Select(p => p.Label).ToList(), series, programs.Count);
    }

    private static CapaianChart Capaian(string unit, int year, Domain.Budget.BudgetState state, TimeSlice slice)
    {
        var table = CapaianProjection.Build(unit, year, state, slice, PredikatScale.Permendagri86);
        var rated = table.Rows.Where(r => !r.IsTotal && r.CapaianPct is not null).ToList();
        var shown = rated.Take(MaxBars).ToList();
        return new CapaianChart(
            shown.Select(r => $"{r.Kode!.Value.Value} · {Shorten(r.Indikator)}").ToList(),
            shown.Select(r => Sheets.Numbers.Indonesian.Round2(r.CapaianPct!.Value)).ToList(),
            shown.Select(r => r.Predikat ?? "").ToList(),
            table.PeriodEnd?.ToString("yyyy-MM-dd", null),
            rated.Count);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
