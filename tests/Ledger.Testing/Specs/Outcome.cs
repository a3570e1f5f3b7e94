using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Xunit;

namespace Ledger.Testing.Specs;

/// <summary>The When of a <see cref="DeciderSpec"/>: the decision on one command, and the Then checks on it.</summary>
public sealed class Outcome(BudgetCommand command, Decision decision)
{
    public Decision Decision => decision;

    /// <summary>Exactly these events, in this order.</summary>
    public IReadOnlyList<EventEnvelope> ThenEvents(params BudgetEvent[] expected)
    {
        var events = Accepted();
        Assert.Equal(expected, events.Select(e => e.Event).ToArray());
        return events;
    }

    /// <summary>A sheet import: the <see cref="BudgetSheetImported"/> marker of this command, then exactly these changes.</summary>
    public IReadOnlyList<EventEnvelope> ThenChanges(params BudgetEvent[] expected)
    {
        var import = Assert.IsType<ImportBudget>(command);
        var events = Accepted();
        Assert.NotEmpty(events);
        Assert.Equal(new BudgetSheetImported(import.Source, import.Fingerprint, import.Lines.Count), events[0].Event);
        Assert.Equal(expected, events.Skip(1).Select(e => e.Event).ToArray());
        return events;
    }

    /// <summary>Accepted, and no event at all: the command was already applied or changes nothing.</summary>
    public void ThenNothing() => Assert.Empty(Accepted());

    public Rejection ThenRejected(string containing, string? kode = null, string? field = null)
    {
        var rejected = Assert.IsType<Decision.Rejected>(decision, exactMatch: true);
        if (!rejected.Reason.Message.Contains(containing, StringComparison.Ordinal))
            Assert.Fail($"the rejection\n  {rejected.Reason.Message}\ndoes not contain\n  {containing}");
        if (kode is not null)
            Assert.Equal(Build.K(kode), rejected.Reason.Kode);
        if (field is not null)
            Assert.Equal(field, rejected.Reason.Field);
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
            Assert.Equal(context.Stage, e.Stage);
            Assert.Equal(context.Effective, e.Effective);
            Assert.Equal(context.RecordedAt, e.Recorded);
            Assert.Equal(context.Unit, e.Unit);
            Assert.Equal(context.FiscalYear, e.FiscalYear);
            Assert.Equal(context.Basis, e.Basis);
            Assert.Equal(context.Reason, e.Reason);
            Assert.Equal(context.Actor, e.Actor);
        });
        return events;
    }
}
