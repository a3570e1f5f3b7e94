using Ledger.Application.Requests;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.ClusterNode;

/// <summary>
/// The demo's work, the same for the cluster client and the single-node reference: <c>units</c> unit-years, each
/// the Mangkutana 2020 or Kalaena 2021 sample (alternating) under the name "Kecamatan Uji NNN", murni then perubahan.
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
                    new(unit, 2020, "murni", "2019-12-31", System.IO.Path.Combine(samples, "mangkutana-2020-murni.csv")),
                    new(unit, 2020, "perubahan", "2020-08-05", System.IO.Path.Combine(samples, "mangkutana-2020-perubahan.csv")),
                ]
                : [
                    new(unit, 2021, "murni", "2020-12-31", System.IO.Path.Combine(samples, "kalaena-2021-murni.csv")),
                    new(unit, 2021, "perubahan", "2021-06-17", System.IO.Path.Combine(samples, "kalaena-2021-perubahan.csv")),
                ]);
        }
        return plan;
    }

    public static Stage ParseStage(string text) => RequestValues.Stage(text ?? "", "stage").OrThrow(Refused);

    public static LocalDate ParseDate(string text, string name = "date") => RequestValues.Date(text ?? "", name).OrThrow(Refused);

    // The node's request handler turns ArgumentException into its error DTO.
    public static ArgumentException Refused(string message) => new(message);
}
