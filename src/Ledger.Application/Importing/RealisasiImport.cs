using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Projections;
using Ledger.Sheets;
using Ledger.Sheets.Checks;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Realisasi;
using NodaTime;

namespace Ledger.Application.Importing;

/// <summary>
/// Imports a realisasi sheet for a period: leaves' cumulative Rupiah and every line's indicator achievements.
/// All or nothing, like <see cref="BudgetImport"/>, refusals returned as data; parent rows' printed totals are checked, never stored.
/// </summary>
/// <param name="budget">
/// Opens the journal to read the budget in force at the period end from, once the import is accepted, for the warnings
/// of realisasi above its pagu; null for no such warnings.
/// </param>
public sealed class RealisasiImport(IBudgetWriter writer, IClock clock, Func<CancellationToken, Task<LedgerJournal>>? budget = null)
{
    public RealisasiImport(LedgerJournal journal, IClock clock)
        : this(new DirectBudgetWriter(journal), clock, _ => Task.FromResult(journal))
    {
    }

    /// <summary>A realisasi sheet as it arrived, whose unit-year it reports, and the period end its cumulative figures run to.</summary>
    public sealed record Request(
        SheetSource Sheet, string Unit, int FiscalYear, LocalDate PeriodEnd, bool Correction, string? Reason, string Actor);

    public async Task<CommandResult> RunAsync(Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = SheetReader.Read(request.Sheet);
        if (!read.IsOk)
            return CommandResult.Unreadable(read.Error);
        var parsed = RealisasiSheetParser.Parse(read.Value);
        if (!parsed.IsOk)
            return CommandResult.Unreadable(parsed.Error);
        var sheet = parsed.Value;
        var lines = sheet.Lines.Select(line => new ReportedLine(
            line.Kode,
            line.Realisasi,
            line.Kinerja.Where(k => k.Value is not null).Select(k => new ReportedKinerja(k.Indikator, k.Value!.Value)).ToList()))
            .ToList();
        var context = new CommandContext(request.Unit, request.FiscalYear, Domain.Values.Stage.Murni, request.PeriodEnd,
            clock.GetCurrentInstant(), request.Actor, null, request.Reason);
        var command = new ImportRealisasi(context, request.Sheet.FileName, lines, request.Correction);
        var findings = RealisasiChecks.Run(sheet, budget: null);
        return await writer.WriteAsync(command, ct) switch
        {
            WriteOutcome.Rejected rejected => CommandResult.Rejected(rejected.Reason, Locate(sheet, rejected.Reason)),
            WriteOutcome.Accepted accepted => new CommandResult.Accepted(accepted.Appended, accepted.StreamVersion, sheet.Lines.Count,
                [.. findings, .. await AbovePaguAsync(sheet, request, ct)]),
            _ => throw new System.Diagnostics.UnreachableException(),
        };
    }

    /// <summary>Leaves whose realisasi exceeds the pagu in force at the period end, as the ledger holds it after the import.</summary>
    private async Task<IReadOnlyList<Finding>> AbovePaguAsync(RealisasiSheet sheet, Request request, CancellationToken ct)
    {
        if (budget is null)
            return [];
        var journal = await budget(ct);
        var (events, _) = await journal.ReadStreamAsync(request.Unit, request.FiscalYear, ct);
        var inForce = BudgetAt.Fold(events, new TimeSlice(request.PeriodEnd, null));
        var parents = inForce.Lines.Values.Where(l => l.IsOpen && l.Parent is not null).Select(l => l.Parent!.Value).ToHashSet();
        var above = new List<Finding>();
        foreach (var line in sheet.Lines)
        {
            if (inForce.Find(line.Kode) is { IsOpen: true } held && !parents.Contains(line.Kode)
                && AbovePagu.Check(line, held.CurrentPagu, request.PeriodEnd) is { } finding)
                above.Add(finding);
        }
        return above;
    }

    private static SheetError Locate(RealisasiSheet sheet, Rejection rejection)
    {
        if (rejection.Kode is { } kode && sheet.Lines.FirstOrDefault(l => l.Kode == kode) is { } line)
        {
            var field = rejection.Field ?? "kode";
            var column = line.ColumnOf(field);
            return SheetError.AtCell(sheet.FileName, line.Row, column > 0 ? column : line.ColumnOf("kode"), field, rejection.Message);
        }
        return SheetError.InFile(sheet.FileName, rejection.Message);
    }
}
