using Ledger.Generating;

namespace Ledger.Application.Tests.Generating;

/// <summary>The sizes <c>ledger gen --help</c> and the README promise.</summary>
public sealed class EventCountTests
{
    /// <summary>Documented: about 270 to 2.800 events per unit-year (seen over 22.000 unit-years), 1.000 on average; bounds with a margin.</summary>
    private const int Fewest = 200;
    private const int Most = 3_500;

    [Fact]
    public void A_unit_year_gives_a_few_hundred_to_a_few_thousand_events_and_about_1000_on_average()
    {
        var counts = new GenSpec(units: 60, years: 2, seed: 1).Each()
            .Select(u => Generated.Events(SyntheticBudget.Script(1, u.Unit, u.FiscalYear)).Count)
            .ToList();

        Assert.All(counts, count => Assert.InRange(count, Fewest, Most));
        Assert.InRange(counts.Average(), 850, 1_150);
    }

    [Fact]
    public void A_unit_year_has_tens_to_a_few_hundred_lines()
    {
        var lines = Enumerable.Range(1, 60).Select(unit => SyntheticBudget.Script(2, unit, 2022).Budgets.First().Lines.Count).ToList();

        Assert.All(lines, count => Assert.InRange(count, 20, 400));
        Assert.Contains(lines, count => count < 60);
        Assert.Contains(lines, count => count > 150);
    }
}
