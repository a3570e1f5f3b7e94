using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Generating;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Store;

namespace Ledger.Application.Tests.Generating;

/// <summary>Generated unit-years decided in memory, stage by stage, as the write path decides them on an empty stream.</summary>
public static class Generated
{
    /// <summary>The events of a script decided in order on an empty stream; fails the test on any rejection.</summary>
    public static IReadOnlyList<EventEnvelope> Events(UnitYearScript script) => Steps(script).SelectMany(s => s.Events).ToList();

    /// <summary>Each command with the state it was decided on and the events it gave.</summary>
    public static IReadOnlyList<(BudgetCommand Command, BudgetState Before, IReadOnlyList<EventEnvelope> Events)> Steps(UnitYearScript script)
    {
        var state = BudgetState.Initial;
        var steps = new List<(BudgetCommand, BudgetState, IReadOnlyList<EventEnvelope>)>();
        foreach (var command in script.Commands)
        {
            var decision = BudgetDecider.Decide(command, state);
            if (decision is Decision.Rejected rejected)
                Assert.Fail($"{script.Unit.Name} {script.FiscalYear} {Describe(command)} rejected: {rejected.Reason.Message}");
            var events = ((Decision.Accepted)decision).Events;
            steps.Add((command, state, events));
            state = events.Aggregate(state, BudgetDecider.Evolve);
        }
        return steps;
    }

    public static string Describe(BudgetCommand command) => command switch
    {
        ImportBudget budget => budget.Context.Stage.Name(),
        ImportRealisasi realisasi => $"realisasi {realisasi.Context.Effective:yyyy-MM-dd}",
        _ => command.GetType().Name,
    };

    /// <summary>Runs <c>ledger gen</c>'s writing loop against a store through the direct writer.</summary>
    public static Task<GenProgress> WriteAsync(IEventStore store, GenSpec spec, int parallel = 1) =>
        new GenRun(new DirectBudgetWriter(new LedgerJournal(store))).RunAsync(spec, parallel, progress: null, CancellationToken.None);

    /// <summary>Every stored event of the store as its JSON text, grouped by stream, in stream order.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> StreamsAsync(IEventStore store)
    {
        var streams = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var stored in store.ReadAllAsync(GlobalPosition.Start, CancellationToken.None))
        {
            if (!streams.TryGetValue(stored.Stream.Value, out var list))
                streams[stored.Stream.Value] = list = [];
            list.Add(System.Text.Encoding.UTF8.GetString(stored.Payload.Span));
        }
        return streams.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value);
    }
}
