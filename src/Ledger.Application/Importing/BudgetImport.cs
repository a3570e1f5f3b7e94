using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Sheets;
using Ledger.Sheets.Budget;
using Ledger.Sheets.Checks;
using Ledger.Sheets.Reading;
using NodaTime;

namespace Ledger.Application.Importing;

/// <summary>
/// Imports a budget sheet: read, parse, decide against the current stream, append in one transaction.
/// All or nothing: a sheet that cannot be read and a command the decider rejects both come back as
/// <see cref="CommandResult.Refused"/>, naming file, row and column, with nothing written. A concurrent writer is
/// handled by re-deciding on the newer stream.
/// </summary>
public sealed class BudgetImport(IBudgetWriter writer, IClock clock)
{
    public BudgetImport(LedgerJournal journal, IClock clock)
        : this(new DirectBudgetWriter(journal), clock)
    {
    }

    public async Task<CommandResult> RunAsync(BudgetImportRequest request, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress?.Report(new ImportProgress("reading", 0, 3));
        var read = SheetReader.Read(request.Sheet);
        if (!read.IsOk)
            return CommandResult.Unreadable(read.Error);
        var parsed = BudgetSheetParser.Parse(read.Value);
        if (!parsed.IsOk)
            return CommandResult.Unreadable(parsed.Error);
        var budget = parsed.Value;
        progress?.Report(new ImportProgress("parsed", 1, 3));
        var lines = PlannedLines.From(budget);
        var context = new CommandContext(
            request.Unit, request.FiscalYear, request.Stage, request.Effective, clock.GetCurrentInstant(),
            request.Actor, request.Basis, request.Reason);
        var command = new ImportBudget(context, request.Sheet.FileName, lines, budget.HasIndicators);
        progress?.Report(new ImportProgress("deciding and appending", 2, 3));
        return await writer.WriteAsync(command, ct) switch
        {
            WriteOutcome.Rejected rejected => CommandResult.Rejected(rejected.Reason, Locate(budget, rejected.Reason)),
            WriteOutcome.Accepted accepted => new CommandResult.Accepted(accepted.Appended, accepted.StreamVersion, budget.Lines.Count, BudgetChecks.Run(budget)),
            _ => throw new System.Diagnostics.UnreachableException(),
        };
    }

    /// <summary>Points a rejection at the cell it is about: the line's row and the named column.</summary>
    private static SheetError Locate(BudgetSheet sheet, Rejection rejection)
    {
        if (rejection.Kode is { } kode && sheet.Find(kode) is { } line)
        {
            var column = rejection.Field is { } field ? line.ColumnOf(field) : line.ColumnOf("kode");
            return SheetError.AtCell(sheet.FileName, line.Row, column, rejection.Field ?? "kode", rejection.Message);
        }
        return SheetError.InFile(sheet.FileName, rejection.Message);
    }
}
