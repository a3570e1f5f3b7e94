using Ledger.Application.Journal;
using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using Ledger.Store;
using NodaTime;

namespace Ledger.Application.Importing;

/// <summary>Records a correction of one line's pagu at a stage, as a new event; the mistaken one stays.</summary>
public sealed class PaguCorrection(LedgerJournal journal, IClock clock)
{
    public sealed record Request(string Unit, int FiscalYear, Stage Stage, Kode Kode, Money Pagu, LocalDate Effective, string Reason, string? Basis, string Actor);

    /// <returns>Events appended: 1, or 0 when the pagu already had that value.</returns>
    public async Task<int> RunAsync(Request request, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (history, version) = await journal.ReadStreamAsync(request.Unit, request.FiscalYear, ct);
            var context = new CommandContext(request.Unit, request.FiscalYear, request.Stage, request.Effective,
                clock.GetCurrentInstant(), request.Actor, request.Basis, request.Reason);
            var decision = BudgetDecider.Decide(new CorrectPagu(context, request.Kode, request.Pagu), BudgetDecider.Fold(history));
            if (decision is Decision.Rejected rejected)
                throw new InputException(rejected.Reason.Message);
            var events = ((Decision.Accepted)decision).Events;
            if (events.Count == 0)
                return 0;
            try
            {
                return (await journal.AppendAsync(request.Unit, request.FiscalYear, ExpectedVersion.At(version), events, ct)).Appended;
            }
            catch (WrongExpectedVersionException) when (attempt < BudgetImport.MaxAttempts)
            {
                // Another writer got there first: decide again on the stream as it is now.
            }
        }
    }
}
