using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Performance;
using Ledger.Domain.Performance.Commands;
using Xunit;

namespace Ledger.Testing.Specs;

/// <summary>
/// Given events / When command / Then events or rejection, for <see cref="PerformanceDecider"/>, like
/// <see cref="DeciderSpec"/> for the budget: <c>PerformanceSpec.Given(History(pk)).When(revised).ThenChanges(new PkTargetRevised(...))</c>.
/// The history is one unit-year stream's; it may hold budget events too.
/// </summary>
public static class PerformanceSpec
{
    public static PerformanceGiven Given(params EventEnvelope[] history) => new(history);

    /// <summary>The events that deciding <paramref name="commands"/> one after another on one stream appends; fails on a rejection.</summary>
    public static EventEnvelope[] History(params PerformanceCommand[] commands) => Appended([], commands);

    /// <summary><paramref name="history"/>, then the events deciding <paramref name="commands"/> on top of it appends.</summary>
    public static EventEnvelope[] Appended(IEnumerable<EventEnvelope> history, params PerformanceCommand[] commands)
    {
        var events = history.ToList();
        foreach (var command in commands)
        {
            switch (PerformanceDecider.Decide(command, PerformanceDecider.Fold(events)))
            {
                case Decision.Accepted accepted:
                    events.AddRange(accepted.Events);
                    break;
                case Decision.Rejected rejected:
                    Assert.Fail($"the history itself was rejected at {command.GetType().Name}: {rejected.Reason.Message}");
                    break;
            }
        }
        return [.. events];
    }
}

/// <summary>The Given of a <see cref="PerformanceSpec"/>: the events already in the stream.</summary>
public sealed class PerformanceGiven(IReadOnlyList<EventEnvelope> history)
{
    public PerformanceOutcome When(PerformanceCommand command) =>
        new(command, PerformanceDecider.Decide(command, PerformanceDecider.Fold(history)));
}

/// <summary>The When of a <see cref="PerformanceSpec"/>: the decision on one command, and the Then checks on it.</summary>
public sealed class PerformanceOutcome(PerformanceCommand command, Decision decision)
{
    public Decision Decision => decision;

    /// <summary>Exactly these events, in this order, the sheet's marker included.</summary>
    public IReadOnlyList<EventEnvelope> ThenEvents(params BudgetEvent[] expected)
    {
        var events = Accepted();
        Assert.Equal(expected, events.Select(e => e.Event).ToArray());
        return events;
    }

    /// <summary>A sheet's marker (its fingerprint is the command's), then exactly these changes.</summary>
    public IReadOnlyList<EventEnvelope> ThenChanges(params BudgetEvent[] expected)
    {
        var events = Accepted();
        Assert.NotEmpty(events);
        var fingerprint = events[0].Event switch
        {
            RenstraSheetImported e => e.Fingerprint,
            PkSheetImported e => e.Fingerprint,
            KinerjaSheetImported e => e.Fingerprint,
            var other => throw new Xunit.Sdk.XunitException($"the first event is {other.GetType().Name}, not a sheet's marker"),
        };
        Assert.Equal(command.Fingerprint, fingerprint);
        Assert.Equal(expected, events.Skip(1).Select(e => e.Event).ToArray());
        return events;
    }

    /// <summary>Accepted: the events, each carrying the command's context.</summary>
    public IReadOnlyList<EventEnvelope> ThenAccepted() => Accepted();

    /// <summary>Accepted, and no event at all: the sheet was already imported or changes nothing.</summary>
    public void ThenNothing() => Assert.Empty(Accepted());

    /// <summary>Refused with a message containing <paramref name="containing"/>, pointing at <paramref name="field"/> and <paramref name="row"/> when given.</summary>
    public Rejection ThenRejected(string containing, string? field = null, int? row = null)
    {
        var rejected = Assert.IsType<Decision.Rejected>(decision, exactMatch: true);
        if (!rejected.Reason.Message.Contains(containing, StringComparison.Ordinal))
            Assert.Fail($"the rejection\n  {rejected.Reason.Message}\ndoes not contain\n  {containing}");
        if (field is not null)
            Assert.Equal(field, rejected.Reason.Field);
        if (row is not null)
            Assert.Equal(row, rejected.Reason.Row);
        return rejected.Reason;
    }

    private IReadOnlyList<EventEnvelope> Accepted()
    {
        if (decision is Decision.Rejected rejected)
            Assert.Fail($"expected the command to be accepted, but it was rejected: {rejected.Reason.Message}");
        var events = Assert.IsType<Decision.Accepted>(decision, exactMatch: true).Events;
        var context = command.Context;
        Assert.All(events, e =>
        {
            Assert.Equal((context.Unit, context.FiscalYear, context.Stage, context.Effective, context.RecordedAt), (e.Unit, e.FiscalYear, e.Stage, e.Effective, e.Recorded));
            Assert.Equal((context.Basis, context.Reason, context.Actor), (e.Basis, e.Reason, e.Actor));
        });
        return events;
    }
}
