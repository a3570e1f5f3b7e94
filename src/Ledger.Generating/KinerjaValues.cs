using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// Indicator achievements of one line at the four period ends, against the target in force then. Counted things
/// accumulate towards 50–110% of the target by December; a percentage or index climbs to its final level; a
/// lower-is-better figure falls towards 70–120% of its target.
/// </summary>
public static class KinerjaValues
{
    public static IReadOnlyList<ReportedKinerja>[] For(PlannedLine?[] lines, SplitMix64 random)
    {
        var result = new IReadOnlyList<ReportedKinerja>[4];
        var names = lines.Where(l => l is not null).SelectMany(l => l!.Indicators.Select(i => i.Name))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var drawn = names.ToDictionary(n => n, _ => Draw(random), StringComparer.Ordinal);
        var previous = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var q = 0; q < 4; q++)
        {
            var reported = new List<ReportedKinerja>();
            foreach (var indicator in lines[q]?.Indicators ?? [])
            {
                if (indicator.Target is not { } target)
                    continue;
                var value = Value(indicator.Arah, target, drawn[indicator.Name], q);
                if (IsCumulative(indicator.Arah, target.Satuan))
                    value = Math.Max(value, previous.GetValueOrDefault(indicator.Name));
                previous[indicator.Name] = value;
                reported.Add(new ReportedKinerja(indicator.Name, target with { Value = value }));
            }
            result[q] = reported;
        }
        return result;
    }

    private static bool IsCumulative(Arah arah, string satuan) => arah == Arah.Naik && IndicatorTemplate.Counts(satuan);

    /// <summary>Final level (per mille of target) and the share reached by the end of triwulan 1 to 3 (per mille).</summary>
    private static (int Final, int[] Shares) Draw(SplitMix64 random) =>
        (random.Chance(10) ? random.Between(500, 850) : random.Between(850, 1100),
         [random.Between(150, 300), random.Between(400, 550), random.Between(650, 800), 1000]);

    private static decimal Value(Arah arah, Quantity target, (int Final, int[] Shares) drawn, int q)
    {
        var decimals = IndicatorTemplate.Counts(target.Satuan) ? 0 : 1;
        decimal permille;
        if (arah == Arah.Turun)
            permille = drawn.Final * 1100 / 1000 + (1000 - drawn.Shares[q]) / 2;
        else if (IsCumulative(arah, target.Satuan))
            permille = drawn.Final * drawn.Shares[q] / 1000m;
        else
            permille = drawn.Final - (1000 - drawn.Shares[q]) / 4;
        var value = Math.Round(target.Value * permille / 1000m, decimals, MidpointRounding.AwayFromZero);
        return target.Satuan == "%" ? Math.Clamp(value, 0m, 100m) : Math.Max(0m, value);
    }
}
