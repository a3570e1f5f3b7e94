using Ledger.Domain.Performance;
using NodaTime;

namespace Ledger.Projections.Performance.Tables;

/// <summary>The IKU table of a unit-year (contract §9.4): sasaran rows with their means, indicator rows, the RATA-RATA row last.</summary>
public sealed record IkuTable(string Unit, int Year, LocalDate PeriodEnd, TimeSlice Slice, PredikatScale Scale, IReadOnlyList<IkuRow> Rows);

/// <summary>
/// One row of the IKU table. <see cref="Level"/> is <c>sasaran</c>, <c>indikator</c> or <c>RATA-RATA</c>; percentages
/// are unrounded, the sasaran's and RATA-RATA's the means of their indicators' capaian.
/// </summary>
public sealed record IkuRow(
    string Level, string Sasaran, string Indikator, string Satuan, decimal? Target, decimal? Realisasi,
    decimal? CapaianPct, string? Predikat, decimal? TargetAkhir, decimal? CapaianAkhirPct);

/// <summary>Builds the IKU table from a unit's framework folded in a time slice. Pure.</summary>
public static class IkuProjection
{
    public const string SasaranLevel = "sasaran";
    public const string IndikatorLevel = "indikator";
    public const string RataRata = "RATA-RATA";

    public static IkuTable Build(UnitPerformance framework, int year, TimeSlice slice, PredikatScale scale)
    {
        var periodEnd = PerformanceMeans.PeriodEnd(year, slice);
        var indicators = framework.IndicatorsAt(year, periodEnd);
        var rows = new List<IkuRow>();
        foreach (var group in indicators.GroupBy(i => i.Pk.Sasaran))
        {
            var mean = PerformanceMeans.Of(group.Select(i => i.CapaianPct));
            rows.Add(new IkuRow(SasaranLevel, group.Key, "", "", null, null, mean, scale.Rate(mean), null, null));
            rows.AddRange(group.Select(i => new IkuRow(
                IndikatorLevel, i.Pk.Sasaran, i.Pk.Indikator, i.Pk.Satuan, i.Pk.Target?.Value, i.Realisasi?.Value,
                i.CapaianPct, scale.Rate(i.CapaianPct), i.TargetAkhir?.Value, i.CapaianAkhirPct)));
        }
        var all = PerformanceMeans.Of(indicators.Select(i => i.CapaianPct));
        rows.Add(new IkuRow(RataRata, "", "", "", null, null, all, scale.Rate(all), null, null));
        return new IkuTable(framework.Unit, year, periodEnd, slice, scale, rows);
    }
}
