using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Tests.Support;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Folding;

public sealed class FoldProperties
{
    private static readonly Arbitrary<Scenario> Scenarios = Scenario.Any.ToArbitrary();

    [Property(MaxTest = 150)]
    public Property Folding_a_prefix_then_the_rest_equals_folding_everything() =>
        Prop.ForAll(Scenarios, Gen.Choose(0, 1000).ArrayOf(4).ToArbitrary(), (scenario, cuts) =>
        {
            var events = ScenarioRun.Of(scenario).Events;
            var whole = StateDump.Of(BudgetDecider.Fold(events));
            var splits = cuts.Select(c => c * events.Count / 1000).Append(0).Append(events.Count).Append(events.Count / 2);
            foreach (var split in splits)
            {
                var resumed = events.Skip(split).Aggregate(BudgetDecider.Fold(events.Take(split)), BudgetDecider.Evolve);
                Assert.Equal(whole, StateDump.Of(resumed));
            }
            return events.Count > 0;
        });

    [Property(MaxTest = 150)]
    public Property The_decider_never_produces_a_pergeseran_that_changes_the_total() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            var pergeseran = ScenarioRun.Of(scenario).Outcomes
                .Where(o => o.Command.Context.Stage == Stage.Pergeseran && o.Command is ImportBudget && o.Decision is Decision.Accepted)
                .ToList();
            Assert.All(pergeseran, o => Assert.Equal(StateDump.Total(o.Before), StateDump.Total(o.After)));
            return true.Classify(pergeseran.Count > 0, "with an accepted pergeseran");
        });

    [Property(MaxTest = 150)]
    public Property Every_generated_step_gets_the_outcome_it_should() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            foreach (var outcome in ScenarioRun.Of(scenario).Outcomes)
            {
                var actual = outcome.Decision switch
                {
                    Decision.Rejected => Expected.Rejected,
                    Decision.Accepted { Events.Count: 0 } => Expected.Nothing,
                    _ => Expected.Changes,
                };
                var why = outcome.Decision is Decision.Rejected r ? $": {r.Reason.Message}" : "";
                Assert.True(outcome.Expected == actual, $"{outcome.Label}: expected {outcome.Expected}, got {actual}{why}");
            }
            return true;
        });

    [Property(MaxTest = 150)]
    public Property After_an_accepted_import_the_open_lines_their_pagu_and_targets_are_exactly_the_sheets() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            foreach (var outcome in ScenarioRun.Of(scenario).Outcomes)
            {
                if (outcome.Command is not ImportBudget import || outcome.Decision is not Decision.Accepted { Events.Count: > 0 })
                    continue;
                var open = outcome.After.Lines.Values.Where(l => l.IsOpen)
                    .Select(l => $"{l.Kode} {l.CurrentPagu} {string.Join(';', l.CurrentIndicators.Select(i => $"{i.Name}={i.Target}"))}");
                var planned = import.Lines.OrderBy(l => l.Kode)
                    .Select(l => $"{l.Kode} {l.Pagu} {string.Join(';', l.Indicators.Select(i => $"{i.Name}={i.Target}"))}");
                Assert.Equal(planned, open);
            }
            return true;
        });

    [Property(MaxTest = 150)]
    public Property Deciding_an_accepted_command_again_gives_nothing() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            foreach (var outcome in ScenarioRun.Of(scenario).Outcomes.Where(o => o.Decision is Decision.Accepted))
            {
                var again = Assert.IsType<Decision.Accepted>(BudgetDecider.Decide(outcome.Command, outcome.After));
                Assert.True(again.Events.Count == 0, $"{outcome.Label} decided again gave {string.Join(", ", again.Events.Select(e => e.Event))}");
            }
            return true;
        });
}
