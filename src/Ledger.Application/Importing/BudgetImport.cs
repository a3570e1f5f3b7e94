using Ledger.Application.Journal;
using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Sheets;
using Ledger.Sheets.Budget;
using Ledger.Sheets.Checks;
using Ledger.Sheets.Reading;
using Ledger.Store;
using NodaTime;

namespace Ledger.Application.Importing;

/// <summary>
/// Imports a budget sheet: read, parse, decide against the current stream, append in one transaction.
/// All or nothing: any rejection is an <see cref="InputException"/> naming file, row and column, thrown
/// before anything is written. A concurrent writer is handled by re-deciding on the newer stream.
/// </summary>
public sealed class BudgetImport(LedgerJournal journal, IClock clock)
{
    /// <summary>Times to re-decide after another writer appended to the same stream first.</summary>
    public const int MaxAttempts = 5;

    public async Task<BudgetImportOutcome> RunAsync(BudgetImportRequest request, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new ImportProgress("reading", 0, 3));
        var sheet = Read(request.Path);
        var parsed = BudgetSheetParser.Parse(sheet);
        if (!parsed.IsOk)
            throw new InputException(parsed.Error.ToString());
        var budget = parsed.Value;
        progress?.Report(new ImportProgress("deciding", 1, 3));
        var lines = PlannedLines.From(budget);
        for (var attempt = 1; ; attempt++)
        {
            var (history, version) = await journal.ReadStreamAsync(request.Unit, request.FiscalYear, ct);
            var context = new CommandContext(
                request.Unit, request.FiscalYear, request.Stage, request.Effective, clock.GetCurrentInstant(),
                request.Actor, request.Basis, request.Reason);
            var command = new ImportBudget(context, Path.GetFileName(request.Path), lines, budget.HasIndicators);
            var decision = BudgetDecider.Decide(command, BudgetDecider.Fold(history));
            if (decision is Decision.Rejected rejected)
                throw new InputException(Locate(budget, rejected.Reason).ToString());
            var events = ((Decision.Accepted)decision).Events;
            if (events.Count == 0)
                return new BudgetImportOutcome(0, version, budget.Lines.Count, BudgetChecks.Run(budget));
            try
            {
                progress?.Report(new ImportProgress($"appending {events.Count} events", 2, 3));
                var result = await journal.AppendAsync(request.Unit, request.FiscalYear, ExpectedVersion.At(version), events, ct);
                return new BudgetImportOutcome(result.Appended, result.StreamVersion, budget.Lines.Count, BudgetChecks.Run(budget));
            }
            catch (WrongExpectedVersionException) when (attempt < MaxAttempts)
            {
                // Another writer got there first: decide again on the stream as it is now.
            }
        }
    }

    private static Sheet Read(string path)
    {
        var read = SheetReader.Read(path);
        return read.IsOk ? read.Value : throw new InputException(read.Error.ToString());
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
