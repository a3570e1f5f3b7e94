namespace Ledger.Web.Queries;

/// <summary>What the charts page draws: pagu per program at each stage, and capaian per indicator with its predikat.</summary>
public sealed record ChartData(PaguChart Pagu, CapaianChart Capaian);

/// <summary>Programs (<c>kode uraian</c>) and, per stage in cycle order, each program's pagu in whole Rupiah.</summary>
public sealed record PaguChart(IReadOnlyList<string> Labels, IReadOnlyList<StageSeries> Stages, int TotalPrograms);

/// <summary>One stage's pagu per program, aligned with <see cref="PaguChart.Labels"/>.</summary>
public sealed record StageSeries(string Stage, IReadOnlyList<long> Values);

/// <summary>Indicators (<c>kode · indikator</c>) with a capaian, in percent, and its Permendagri 86/2017 predikat.</summary>
public sealed record CapaianChart(IReadOnlyList<string> Labels, IReadOnlyList<decimal> Values, IReadOnlyList<string> Predikat, string? PeriodEnd, int TotalIndicators);
