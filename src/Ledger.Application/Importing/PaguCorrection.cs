using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Journal.Writing;
using NodaTime;

namespace Ledger.Application.Importing;

/// <summary>Records a correction of one line's pagu at a stage, as a new event; the mistaken one stays.</summary>
public sealed class PaguCorrection(IBudgetWriter writer, IClock clock)
{
    public PaguCorrection(LedgerJournal journal, IClock clock)
        : this(new DirectBudgetWriter(journal), clock)
    {
    }

    public sealed record Request(string Unit, int FiscalYear, Stage Stage, Kode Kode, Money Pagu, LocalDate Effective, string Reason, string? Basis, string Actor);

    /// <returns>Events appended: 1, or 0 when the pagu already had that value.</returns>
    public async Task<int> RunAsync(Request request, CancellationToken ct)
    {
        var context = new CommandContext(request.Unit, request.FiscalYear, request.Stage, request.Effective,
            clock.GetCurrentInstant(), request.Actor, request.Basis, request.Reason);
        return await writer.WriteAsync(new CorrectPagu(context, request.Kode, request.Pagu), ct) switch
        {
            WriteOutcome.Rejected rejected => throw new InputException(rejected.Reason.Message),
            WriteOutcome.Accepted accepted => accepted.Appended,
            _ => throw new System.Diagnostics.UnreachableException(),
        };
    }
}
