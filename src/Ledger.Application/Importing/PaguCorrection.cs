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

    /// <returns>Accepted with 1 event appended, or 0 when the pagu already had that value; or refused by the decider.</returns>
    public async Task<CommandResult> RunAsync(Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new CommandContext(request.Unit, request.FiscalYear, request.Stage, request.Effective,
            clock.GetCurrentInstant(), request.Actor, request.Basis, request.Reason);
        return await writer.WriteAsync(new CorrectPagu(context, request.Kode, request.Pagu), ct) switch
        {
            WriteOutcome.Rejected rejected => CommandResult.Rejected(rejected.Reason, where: null),
            WriteOutcome.Accepted accepted => new CommandResult.Accepted(accepted.Appended, accepted.StreamVersion, Lines: 1, Warnings: []),
            _ => throw new System.Diagnostics.UnreachableException(),
        };
    }
}
