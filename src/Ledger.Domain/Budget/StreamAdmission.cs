using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

/// <summary>
/// Walks one unit-year's stream as the decider wrote it and says of each further event whether the decider
/// could have written it there: <see cref="BudgetDecider.Admit"/>'s rules on the state so far, and what only the
/// sequence shows. An event's id is derived from its command's fingerprint, the stream's length when the command
/// was decided and its index in the command (<see cref="Envelopes.Wrap"/>), so the id it must carry names its
/// place: an event moved, or one after a missing event, carries another. The events of one command share its
/// context; recorded instants never run backwards; a whole budget import leaves open exactly its sheet's lines
/// (and a pergeseran keeps the total). Not thread-safe.
/// </summary>
public sealed class StreamAdmission(string unit, int fiscalYear)
{
    /// <summary>
    /// Bound on the sum of every amount the stream's events set: any table total is a sum of some of them, so
    /// staying below it keeps every total within <see cref="Money"/>'s range.
    /// </summary>
    public const long MaxStreamRupiah = 1_000_000_000_000_000_000;

    private readonly BudgetFold _fold = new();
    // The performance framework shares the stream (ADR 0007); its events are admitted on a fold of them alone (its
    // rules read neither the stream's count nor its clock, which the budget's fold and Track hold), so a long budget
    // replay costs nothing more.
    private Performance.PerformanceState _performance = Performance.PerformanceState.Initial;
    private EventEnvelope? _previous;
    private Command? _command;
    private long _rupiah;

    // The command the latest events belong to: its first event, its id's fingerprint, where it starts, how far it went.
    private sealed record Command(EventEnvelope Head, string Fingerprint, long Start, decimal? TotalBefore)
    {
        public int Index { get; set; }

        public bool Admitted { get; set; }
    }

    /// <summary>Events folded so far.</summary>
    public long EventCount => _fold.EventCount;

    /// <summary>Folds an event the journal already holds: it was checked when it was written.</summary>
    public void Replay(EventEnvelope envelope)
    {
        Track(envelope);
        _fold.Apply(envelope);
        FoldPerformance(envelope);
    }

    /// <summary>Checks <paramref name="envelope"/> as the stream's next event and, when admitted, folds it; null when admitted.</summary>
    public Rejection? Admit(EventEnvelope envelope)
    {
        if (envelope.Unit != unit || envelope.FiscalYear != fiscalYear)
            return new($"unit '{envelope.Unit}' {envelope.FiscalYear} is not the stream's '{unit}' {fiscalYear}");
        if (_previous is { } previous && envelope.Recorded < previous.Recorded)
        {
            return new(
                $"recorded {envelope.Recorded} is earlier than the {previous.Recorded} of the event before it in {unit} {fiscalYear}: recorded instants never run backwards");
        }
        if (IsHead(envelope.Event) && Close() is { } incomplete)
            return incomplete;
        var state = _fold.ToState();
        // What is wrong with the event itself says more than where it stands.
        if ((BudgetDecider.Admit(state, envelope) ?? Performance.PerformanceDecider.Admit(_performance, envelope)) is { } rejected)
            return rejected;
        if (Place(envelope, state) is { } misplaced)
            return misplaced;
        if (Amount(envelope.Event) is { } amount && amount.Rupiah > MaxStreamRupiah - _rupiah)
            return new($"the amounts of {unit} {fiscalYear} add up past {MaxStreamRupiah}: no total could hold them");
        Track(envelope);
        _command!.Admitted = true;
        _fold.Apply(envelope);
        FoldPerformance(envelope);
        return null;
    }

    private void FoldPerformance(EventEnvelope envelope)
    {
        if (envelope.Event is PerformanceEvent)
            _performance = Performance.PerformanceDecider.Evolve(_performance, envelope);
    }

    /// <summary>
    /// Checks that the last command with admitted events is whole, as the decider writes a command in one append:
    /// a budget import leaves open exactly the lines of its sheet, and a pergeseran keeps the total; and that, as
    /// after every command the decider accepts, no total is above what a table may show. Null when whole.
    /// </summary>
    public Rejection? Close()
    {
        if (_command is not { Admitted: true } admitted)
            return null;
        var state = _fold.ToState();
        if (BudgetDecider.TotalsRefusal(state, unit, fiscalYear) is { } over)
            return over;
        if (admitted is not { Head.Event: BudgetSheetImported sheet } command)
            return null;
        var open = state.Lines.Values.Where(l => l.IsOpen).ToList();
        if (open.Count != sheet.LineCount)
        {
            return new(
                $"the {command.Head.Stage.Name()} sheet imported {command.Head.Recorded} had {sheet.LineCount} lines, but its events leave {open.Count} open: events of that import are missing");
        }
        if (command.TotalBefore is { } before && Total(state) is var after && after != before)
            return new($"the pergeseran imported {command.Head.Recorded} changes the total from {before} to {after}: a pergeseran balances");
        return null;
    }

    private Rejection? Place(EventEnvelope envelope, BudgetState state)
    {
        var command = _command;
        if (IsHead(envelope.Event))
        {
            command = new Command(envelope, FingerprintOf(envelope), state.EventCount, null);
        }
        else if (command is null || !Continues(command.Head.Event, envelope.Event) || !SameContext(command.Head, envelope))
        {
            return new($"{envelope.EventType} is not part of the import before it: the decider writes it only with its sheet's other events");
        }
        var index = IsHead(envelope.Event) ? 0 : command.Index + 1;
        var expected = EventIds.For(envelope.Unit, envelope.FiscalYear, envelope.Stage, envelope.Effective, $"{command.Fingerprint}@{command.Start}", index);
        if (envelope.Id != expected)
        {
            return new(
                $"event {envelope.Id} is out of place: as event {state.EventCount} of {unit} {fiscalYear} the ledger would have written id {expected}; an event before it is missing or the events were reordered");
        }
        return null;
    }

    private void Track(EventEnvelope envelope)
    {
        if (IsHead(envelope.Event))
        {
            var total = envelope is { Stage: Stage.Pergeseran, Event: BudgetSheetImported } ? Total(_fold.ToState()) : (decimal?)null;
            _command = new Command(envelope, FingerprintOf(envelope), _fold.EventCount, total);
        }
        else if (_command is not null)
        {
            _command.Index++;
        }
        // Saturates: a journal written before the bound may hold more; only what is added is refused.
        if (Amount(envelope.Event) is { } amount)
            _rupiah = (long)Math.Min(MaxStreamRupiah + 1m, _rupiah + Math.Abs((decimal)amount.Rupiah));
        _previous = envelope;
    }

    // In decimal: a journal written before totals were bounded may hold amounts whose sum no Money holds.
    private static decimal Total(BudgetState state) => state.Lines.Values.Where(l => l.IsOpen).Sum(l => (decimal)l.CurrentPagu.Rupiah);

    private static bool IsHead(BudgetEvent e) =>
        e is BudgetSheetImported or RealisasiSheetImported or PaguCorrected or RenstraSheetImported or PkSheetImported or KinerjaSheetImported;

    private static bool Continues(BudgetEvent head, BudgetEvent e) => head switch
    {
        BudgetSheetImported => e is not (RealisasiReported or KinerjaReported or PerformanceEvent),
        RealisasiSheetImported => e is RealisasiReported or KinerjaReported,
        RenstraSheetImported => e is RenstraIndicatorDefined or RenstraIndicatorDropped or RenstraValueSet or RenstraValueRevised or RenstraValueCleared,
        PkSheetImported => e is PkIndicatorDefined or PkIndicatorDropped or PkTargetSet or PkTargetRevised or PkProgramsAssigned,
        KinerjaSheetImported => e is PengukuranReported or PengukuranRevised,
        _ => false,
    };

    private static bool SameContext(EventEnvelope head, EventEnvelope e) =>
        e.Stage == head.Stage && e.Effective == head.Effective && e.Recorded == head.Recorded
        && e.Basis == head.Basis && e.Reason == head.Reason && e.Actor == head.Actor;

    // The fingerprint the command's ids were derived from, as the decider had it.
    private static string FingerprintOf(EventEnvelope head) => head.Event switch
    {
        BudgetSheetImported e => e.Fingerprint,
        RealisasiSheetImported e => e.Fingerprint,
        RenstraSheetImported e => e.Fingerprint,
        PkSheetImported e => e.Fingerprint,
        KinerjaSheetImported e => e.Fingerprint,
        PaguCorrected e => new CorrectPagu(
            new CommandContext(head.Unit, head.FiscalYear, head.Stage, head.Effective, head.Recorded, head.Actor, head.Basis, head.Reason),
            e.Kode, e.To).Fingerprint,
        _ => "",
    };

    private static Money? Amount(BudgetEvent e) => e switch
    {
        PaguAllocated a => a.Pagu,
        PaguRevised a => a.To,
        PaguCorrected a => a.To,
        PaguRenstraSet a => a.Pagu,
        RealisasiReported a => a.Realisasi,
        _ => null,
    };
}
