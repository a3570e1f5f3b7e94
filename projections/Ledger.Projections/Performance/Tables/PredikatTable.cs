using Ledger.Domain.Performance;
using NodaTime;

namespace Ledger.Projections.Performance.Tables;

/// <summary>The predikat table (contract §9.4): per sasaran, how many indicators fall in each band of the scale; JUMLAH last.</summary>
public sealed record PredikatTable(string Unit, int Year, LocalDate PeriodEnd, TimeSlice Slice, PredikatScale Scale, ValueList<string> Bands, IReadOnlyList<PredikatRow> Rows);

/// <summary>
/// One sasaran (or JUMLAH): its indicators, and how many of them each band holds, in <see cref="PredikatTable.Bands"/>' order.
/// An indicator without capaian counts in <see cref="JumlahIndikator"/> and in no band.
/// </summary>
public sealed record PredikatRow(string Sasaran, int JumlahIndikator, ValueList<int> Counts);

/// <summary>Builds the predikat table from a unit's framework folded in a time slice. Pure.</summary>
public static class PredikatProjection
{
    /// <summary>The scale's words, highest band first, the lowest last.</summary>
    public static IReadOnlyList<string> BandsOf(PredikatScale scale) => [.. scale.Bands.Select(b => b.Word), scale.Lowest];

    /// <summary>A band's column name: lower case, <c>_</c> for spaces (<c>baik_sekali</c>).</summary>
    public static string ColumnOf(string band) => string.Join('_', band.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static PredikatTable Build(UnitPerformance framework, int year, TimeSlice slice, PredikatScale scale)
    {
        var periodEnd = PerformanceMeans.PeriodEnd(year, slice);
        var bands = BandsOf(scale);
        var indicators = framework.IndicatorsAt(year, periodEnd);
        var rows = indicators.GroupBy(i => i.Pk.Sasaran).Select(g => Row(g.Key, [.. g], scale, bands)).ToList();
        rows.Add(Row(Perubahan.PerubahanProjection.JumlahLabel, indicators, scale, bands));
        return new PredikatTable(framework.Unit, year, periodEnd, slice, scale, new ValueList<string>(bands), rows);
    }

    private static PredikatRow Row(string sasaran, IReadOnlyList<IndicatorAt> indicators, PredikatScale scale, IReadOnlyList<string> bands)
    {
        var words = indicators.Select(i => scale.Rate(i.CapaianPct)).ToList();
        return new PredikatRow(sasaran, indicators.Count, new ValueList<int>(bands.Select(b => words.Count(w => w == b))));
    }
}
