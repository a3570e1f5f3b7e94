using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// Turns a planned line into a budget sheet line for one year: a pagu for a sub kegiatan (salaries far above the
/// rest), targets for its indicators, and lokasi / sumber dana as the seeds print them (sometimes empty).
/// </summary>
public static class LineDraw
{
    public static PlannedLine Sheet(UnitPlan.Line line, UnitProfile unit, SplitMix64 random)
    {
        var isLeaf = line.Level == Level.SubKegiatan;
        var pagu = !isLeaf ? Money.Zero
            : line.IsGaji ? Amounts.Between(random, unit.Kind.Size.GajiRupiah.Min, unit.Kind.Size.GajiRupiah.Max)
            : Amounts.Leaf(random);
        var attributes = isLeaf ? Attributes(unit, line, random) : LineAttributes.None;
        var indicators = line.Indicators.Select(i => new PlannedIndicator(i.Name, Target(i.Template, random), i.Template.Arah)).ToList();
        return new PlannedLine(line.Kode, line.Level, line.Parent, line.Uraian, attributes, pagu, indicators);
    }

    public static Quantity Target(IndicatorTemplate template, SplitMix64 random)
    {
        if (!template.IsCounted && random.Chance(40))
            return new Quantity(random.Between(template.Min * 10, template.Max * 10) / 10m, template.Satuan);
        return new Quantity(random.Between(template.Min, template.Max), template.Satuan);
    }

    /// <summary>
    /// A revised target: <paramref name="permille"/> of the old one, at least 1, whole unless it was a fraction, and a
    /// percentage at most 100.
    /// </summary>
    public static Quantity Revise(Quantity target, int permille)
    {
        var decimals = target.Value == decimal.Truncate(target.Value) ? 0 : 1;
        var revised = Math.Max(1m, Math.Round(target.Value * permille / 1000m, decimals, MidpointRounding.AwayFromZero));
        return target with { Value = target.Satuan == "%" ? Math.Min(100m, revised) : revised };
    }

    private static LineAttributes Attributes(UnitProfile unit, UnitPlan.Line line, SplitMix64 random)
    {
        string? lokasi = (unit.Kind.IsKecamatan, random.Below(10)) switch
        {
            (_, 0) => null,
            (true, < 7) => unit.Place.ToUpperInvariant(),
            (true, _) => string.Join(", ", random.Sample(random.Between(2, 4), PlaceNames.Desa.Count).Select(i => PlaceNames.Desa[i])),
            (false, < 6) => "Kabupaten",
            (false, _) => string.Join(", ", random.Sample(random.Between(2, 5), PlaceNames.Kecamatan.Count).Select(i => "Kecamatan " + PlaceNames.Kecamatan[i])),
        };
        var sumberDana = random.Chance(20) ? null : PlaceNames.SumberDana[random.Weighted(PlaceNames.SumberDanaWeights)];
        var sasaran = random.Chance(70) ? null : line.IsPenunjang ? "Aparatur Sipil Negara" : "Masyarakat";
        return new LineAttributes(lokasi, sumberDana, sasaran);
    }
}
