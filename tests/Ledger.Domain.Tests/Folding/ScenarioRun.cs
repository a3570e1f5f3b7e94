using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Tests.Folding;

/// <summary>What a generated step should give: events, no events, or a rejection.</summary>
public enum Expected
{
    Changes,
    Nothing,
    Rejected,
}

public sealed record StepOutcome(string Label, BudgetCommand Command, Expected Expected, BudgetState Before, Decision Decision, BudgetState After);

/// <summary>
/// Plays a <see cref="Scenario"/> through the decider: each step builds its command from the state so far (a
/// balanced pergeseran moves money between the lines that are open now), decides it, and appends what is accepted.
/// </summary>
public sealed class ScenarioRun
{
    private readonly Scenario _scenario;
    private readonly HashSet<Kode> _leaves;
    private readonly List<EventEnvelope> _events = [];
    private readonly List<StepOutcome> _outcomes = [];
    private readonly List<ImportBudget> _imports = [];
    private Instant _clock = At("2020-01-10T00:00:00Z");

    private ScenarioRun(Scenario scenario)
    {
        _scenario = scenario;
        _leaves = [.. scenario.Leaves];
    }

    public IReadOnlyList<EventEnvelope> Events => _events;

    public IReadOnlyList<StepOutcome> Outcomes => _outcomes;

    public static ScenarioRun Of(Scenario scenario)
    {
        var run = new ScenarioRun(scenario);
        run.Play();
        return run;
    }

    private void Play()
    {
        var murni = new Dice(_scenario.MurniDice);
        var murniLines = _scenario.Leaves.Where(_ => murni.Next(4) > 0).DefaultIfEmpty(_scenario.Leaves[0])
            .ToDictionary(k => k, _ => (murni.Next(1000) * 100_000L, murni.Next(50)));
        Decide("murni", Sheet(murniLines, Stage.Murni, Date("2019-12-31")), Expected.Changes);

        var day = Date("2020-01-01");
        foreach (var step in _scenario.BeforePerubahan)
            Play(step, day = day.PlusDays(7));

        if (_scenario.PerubahanDice is { } dice)
        {
            var roll = new Dice(dice);
            var lines = _scenario.Leaves.Where(_ => roll.Next(3) > 0).DefaultIfEmpty(_scenario.Leaves[^1])
                .ToDictionary(k => k, _ => (roll.Next(1000) * 1_000_000L, roll.Next(50)));
            Decide("perubahan", Sheet(lines, Stage.Perubahan, day = Date("2020-08-05")), Expected.Changes);
        }

        foreach (var step in _scenario.AfterPerubahan)
            Play(step, day = day.PlusDays(1));
    }

    private void Play(Step step, LocalDate effective)
    {
        var dice = new Dice(step.Dice);
        var state = BudgetDecider.Fold(_events);
        var open = state.Lines.Values.Where(l => l.IsOpen && _leaves.Contains(l.Kode))
            .ToDictionary(l => l.Kode, l => (l.CurrentPagu.Rupiah, (int)(l.CurrentIndicators.FirstOrDefault()?.Target?.Value ?? 0)));
        var kodes = open.Keys.Order().ToList();
        var closed = _scenario.Leaves.Where(k => !open.ContainsKey(k)).ToList();
        var was = new Dictionary<Kode, (long, int)>(open);
        // A stage imported again with nothing changed cannot move its date: refused, never a marker alone.
        Expected Changes(Stage stage) =>
            state.HasStage(stage) && was.Count == open.Count && was.All(p => open.TryGetValue(p.Key, out var now) && now == p.Value)
                ? Expected.Rejected
                : Expected.Changes;
        switch (step.Kind)
        {
            case StepKind.BalancedPergeseran:
                var shifted = Shift(open, kodes, closed, dice);
                Decide("pergeseran", Sheet(shifted, Stage.Pergeseran, effective), Changes(Stage.Pergeseran));
                break;
            case StepKind.UnbalancedPergeseran:
                var raised = kodes[dice.Next(kodes.Count)];
                open[raised] = (open[raised].Item1 + 1_000L * (1 + dice.Next(999)), open[raised].Item2);
                Decide("unbalanced pergeseran", Sheet(open, Stage.Pergeseran, effective), Expected.Rejected);
                break;
            case StepKind.Refocusing:
                var refocused = Refocus(open, kodes, closed, dice);
                Decide("refocusing", Sheet(refocused, Stage.Refocusing, effective), Changes(Stage.Refocusing));
                break;
            case StepKind.Reimport:
                // Only the latest sheet of its stage is "already imported"; an older one would go back to it.
                Decide("re-import", _imports[^1], Expected.Nothing);
                break;
            case StepKind.Correction:
                Correct(state, dice);
                break;
        }
    }

    private static Dictionary<Kode, (long, int)> Shift(Dictionary<Kode, (long, int)> open, List<Kode> kodes, List<Kode> closed, Dice dice)
    {
        var from = kodes[dice.Next(kodes.Count)];
        var amount = open[from].Item1 == 0 ? 0 : open[from].Item1 * dice.Next(1001) / 1000;
        var mode = dice.Next(3);
        if (mode == 1 && kodes.Count > 1)
        {
            // Drop a line and give its whole pagu to another.
            var to = kodes.Where(k => k != from).ElementAt(dice.Next(kodes.Count - 1));
            open[to] = (open[to].Item1 + open[from].Item1, open[to].Item2);
            open.Remove(from);
        }
        else if (mode == 2 && closed.Count > 0)
        {
            // Open a line, funded from another.
            var to = closed[dice.Next(closed.Count)];
            open[from] = (open[from].Item1 - amount, open[from].Item2);
            open[to] = (amount, dice.Next(50));
        }
        else
        {
            var to = kodes[dice.Next(kodes.Count)];
            open[from] = (open[from].Item1 - amount, open[from].Item2);
            open[to] = (open[to].Item1 + amount, open[to].Item2);
        }
        return open;
    }

    private static Dictionary<Kode, (long, int)> Refocus(Dictionary<Kode, (long, int)> open, List<Kode> kodes, List<Kode> closed, Dice dice)
    {
        foreach (var kode in kodes)
        {
            var roll = dice.Next(10);
            if (roll < 3 && open.Count > 1)
                open.Remove(kode);
            else if (roll < 7)
                open[kode] = (open[kode].Item1 * dice.Next(1000) / 1000, dice.Next(50));
        }
        if (closed.Count > 0 && dice.Next(2) == 0)
            open[closed[dice.Next(closed.Count)]] = (dice.Next(1000) * 10_000L, dice.Next(50));
        return open;
    }

    private void Correct(BudgetState state, Dice dice)
    {
        var stages = state.Steps.Select(s => s.Stage).Distinct().ToList();
        var stage = stages[dice.Next(stages.Count)];
        var candidates = state.Lines.Values.Where(l => _leaves.Contains(l.Kode) && l.Present.At(stage)).ToList();
        if (candidates.Count == 0)
            return;
        var line = candidates[dice.Next(candidates.Count)];
        var pagu = new Money(dice.Next(3) == 0 ? line.Pagu.At(stage).Rupiah : dice.Next(1000) * 50_000L);
        // A correction takes effect when the stage it corrects did, at the earliest.
        var effective = state.Steps.Where(s => s.Stage == stage).Min(s => s.Effective);
        var context = new CommandContext(Unit, Year, stage, effective, Tick(), Actor, null, "koreksi salah ketik");
        Decide($"correction of {line.Kode} at {stage.Name()}", new CorrectPagu(context, line.Kode, pagu),
            pagu == line.Pagu.At(stage) ? Expected.Nothing : Expected.Changes);
    }

    private ImportBudget Sheet(IReadOnlyDictionary<Kode, (long Pagu, int Target)> leaves, Stage stage, LocalDate effective)
    {
        var kodes = new SortedSet<Kode>();
        foreach (var leaf in leaves.Keys)
        {
            kodes.Add(leaf);
            var segments = leaf.Value.Split('.');
            kodes.Add(Kode.Parse(string.Join('.', segments[..3])));
            if (segments.Length == 6)
                kodes.Add(Kode.Parse(string.Join('.', segments[..5])));
        }
        var lines = kodes.Select(kode =>
        {
            var parent = kodes.Where(k => k.IsAncestorOf(kode)).Cast<Kode?>().LastOrDefault();
            var depth = kodes.Count(k => k.IsAncestorOf(kode));
            var leaf = leaves.TryGetValue(kode, out var value);
            IReadOnlyList<PlannedIndicator> indicators = leaf ? [new PlannedIndicator("Jumlah keluaran", new Quantity(value.Target, "Unit"), Arah.Naik)] : [];
            return new PlannedLine(kode, Levels.FromDepth(depth), parent, $"Uraian {kode}", LineAttributes.None, new Money(leaf ? value.Pagu : 0), indicators);
        }).ToList();
        var context = new CommandContext(Unit, Year, stage, effective, Tick(), Actor, $"dasar {stage.Name()}", null);
        return new ImportBudget(context, $"{stage.Name()}-{effective:yyyy-MM-dd}.csv", lines, true);
    }

    private void Decide(string label, BudgetCommand command, Expected expected)
    {
        var before = BudgetDecider.Fold(_events);
        var decision = BudgetDecider.Decide(command, before);
        if (decision is Decision.Accepted accepted)
        {
            _events.AddRange(accepted.Events);
            if (command is ImportBudget import && accepted.Events.Count > 0)
                _imports.Add(import);
        }
        _outcomes.Add(new StepOutcome(label, command, expected, before, decision, BudgetDecider.Fold(_events)));
    }

    private Instant Tick() => _clock = _clock.Plus(Duration.FromHours(1));

    private sealed class Dice(int[] values)
    {
        private int _next;

        public int Next(int below) => values[_next++ % values.Length] % below;
    }
}
