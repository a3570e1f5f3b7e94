namespace Ledger.ClusterLoad;

/// <summary>One budget import of the load: a sample sheet imported for a unit-year at a stage.</summary>
public sealed record ImportItem(string Unit, int Year, string Stage, string Effective, string Sheet);

/// <summary>
/// The demo's work, the same for the cluster and the reference: <c>units</c> unit-years, each the Mangkutana 2020 or
/// Kalaena 2021 sample (alternating) under the name "Kecamatan Uji NNN", murni then perubahan.
/// </summary>
public static class Plan
{
    public static IReadOnlyList<IReadOnlyList<ImportItem>> Build(int units, string samples)
    {
        var plan = new List<IReadOnlyList<ImportItem>>(units);
        for (var i = 0; i < units; i++)
        {
            var unit = $"Kecamatan Uji {i:000}";
            plan.Add(i % 2 == 0
                ? [
                    new(unit, 2020, "murni", "2019-12-31", Path.Combine(samples, "mangkutana-2020-murni.csv")),
                    new(unit, 2020, "perubahan", "2020-08-05", Path.Combine(samples, "mangkutana-2020-perubahan.csv")),
                ]
                : [
                    new(unit, 2021, "murni", "2020-12-31", Path.Combine(samples, "kalaena-2021-murni.csv")),
                    new(unit, 2021, "perubahan", "2021-06-17", Path.Combine(samples, "kalaena-2021-perubahan.csv")),
                ]);
        }
        return plan;
    }
}
