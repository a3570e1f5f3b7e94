using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Performance.Commands;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Sheets;
using Ledger.Sheets.Performance;
using Ledger.Sheets.Reading;
using NodaTime;
using DomainKinerjaRow = Ledger.Domain.Performance.Commands.KinerjaRow;
using DomainPkRow = Ledger.Domain.Performance.Commands.PkRow;
using DomainRenstraRow = Ledger.Domain.Performance.Commands.RenstraRow;

namespace Ledger.Application.Importing;

/// <summary>
/// Imports the performance framework's sheets (contract §9): a Renstra, a year's Perjanjian Kinerja, a pengukuran.
/// Like <see cref="BudgetImport"/>: read, parse, decide against the stream, append in one transaction, all or nothing,
/// a refusal returned as data naming file, row and column. The writes go through
/// <see cref="DirectPerformanceWriter"/> (ADR 0007: the stream actor decides budget commands only), which reads what
/// a PK is checked against and re-decides after a conflict.
/// </summary>
public sealed class PerformanceImport(DirectPerformanceWriter writer, IClock clock)
{
    public PerformanceImport(LedgerJournal journal, IClock clock)
        : this(new DirectPerformanceWriter(journal, clock), clock)
    {
    }

    public async Task<CommandResult> RunAsync(RenstraImportRequest request, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress?.Report(new ImportProgress("reading", 0, 3));
        var read = SheetReader.Read(request.Sheet);
        if (!read.IsOk)
            return CommandResult.Unreadable(read.Error);
        var parsed = RenstraSheetParser.Parse(read.Value, request.FirstYear, request.LastYear);
        if (!parsed.IsOk)
            return CommandResult.Unreadable(parsed.Error);
        progress?.Report(new ImportProgress("parsed", 1, 3));
        var rows = parsed.Value.Rows.Select(Renstra).ToList();
        var context = Context(request.Unit, request.FirstYear, request.Effective, request.Actor, request.Basis, request.Reason);
        var command = new ImportRenstra(context, request.Sheet.FileName, request.FirstYear, request.LastYear, rows);
        return await WriteAsync(command, read.Value, rows.Count, progress, ct);
    }

    public async Task<CommandResult> RunAsync(PkImportRequest request, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress?.Report(new ImportProgress("reading", 0, 3));
        var read = SheetReader.Read(request.Sheet);
        if (!read.IsOk)
            return CommandResult.Unreadable(read.Error);
        var parsed = PkSheetParser.Parse(read.Value);
        if (!parsed.IsOk)
            return CommandResult.Unreadable(parsed.Error);
        progress?.Report(new ImportProgress("parsed", 1, 3));
        var rows = parsed.Value.Rows
            .Select(r => new DomainPkRow(r.Row, r.Sasaran, r.Indikator, r.Satuan, r.Arah, r.Target, KodeList.Of(r.Programs)))
            .ToList();
        var context = Context(request.Unit, request.FiscalYear, request.Effective, request.Actor, request.Basis, request.Reason);
        // The writer fills in the Renstras and the budget's kodes from the journal (ADR 0007).
        var command = new ImportPk(context, request.Sheet.FileName, rows, [], new HashSet<Kode>());
        return await WriteAsync(command, read.Value, rows.Count, progress, ct);
    }

    public async Task<CommandResult> RunAsync(KinerjaImportRequest request, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress?.Report(new ImportProgress("reading", 0, 3));
        var read = SheetReader.Read(request.Sheet);
        if (!read.IsOk)
            return CommandResult.Unreadable(read.Error);
        var parsed = KinerjaSheetParser.Parse(read.Value);
        if (!parsed.IsOk)
            return CommandResult.Unreadable(parsed.Error);
        progress?.Report(new ImportProgress("parsed", 1, 3));
        var rows = parsed.Value.Rows.Select(r => new DomainKinerjaRow(r.Row, r.Indikator, r.Realisasi)).ToList();
        var context = Context(request.Unit, request.FiscalYear, request.PeriodEnd, request.Actor, null, null);
        var command = new ImportKinerja(context, request.Sheet.FileName, rows);
        return await WriteAsync(command, read.Value, rows.Count, progress, ct);
    }

    private CommandContext Context(string unit, int year, LocalDate effective, string actor, string? basis, string? reason) =>
        new(unit, year, Stage.Murni, effective, clock.GetCurrentInstant(), actor, basis, reason);

    private async Task<CommandResult> WriteAsync(
        PerformanceCommand command, Sheet sheet, int rows, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new ImportProgress("deciding and appending", 2, 3));
        return await writer.WriteAsync(command, ct) switch
        {
            WriteOutcome.Rejected rejected => CommandResult.Rejected(rejected.Reason, Locate(sheet, rejected.Reason)),
            WriteOutcome.Accepted accepted => new CommandResult.Accepted(accepted.Appended, accepted.StreamVersion, rows, []),
            _ => throw new System.Diagnostics.UnreachableException(),
        };
    }

    private static DomainRenstraRow Renstra(Sheets.Performance.RenstraRow row)
    {
        var values = new Dictionary<RenstraSlot, Quantity>();
        if (row.KondisiAwal is { } awal)
            values[RenstraSlot.KondisiAwal] = awal;
        foreach (var target in row.Targets)
        {
            if (target.Target is { } value)
                values[RenstraSlot.TargetOf(target.Year)] = value;
        }
        if (row.TargetAkhir is { } akhir)
            values[RenstraSlot.TargetAkhir] = akhir;
        return new DomainRenstraRow(row.Row, row.Tujuan, row.Sasaran, row.Indikator, row.Satuan ?? "", row.Arah, row.Iku, values);
    }

    /// <summary>
    /// Points a rejection at its cell: the row the decider names and the column of its field (a sheet column such as
    /// <c>indikator</c>, <c>program</c>, <c>target_2027</c>); a refusal about the whole sheet (its year, its period)
    /// names the file alone.
    /// </summary>
    private static SheetError Locate(Sheet sheet, Rejection rejection)
    {
        if (rejection.Row is not { } row)
            return SheetError.InFile(sheet.FileName, rejection.Message);
        var field = rejection.Field ?? "";
        var column = 0;
        for (var i = 0; i < sheet.Header.Count && column == 0; i++)
        {
            if (SheetColumns.Normalize(sheet.Header[i]) == field)
                column = i + 1;
        }
        return SheetError.AtCell(sheet.FileName, row, column, field, rejection.Message);
    }
}
