using Ledger.Application;
using Ledger.Application.Importing;
using Ledger.Domain.Values;
using Ledger.Journal.Writing;
using Ledger.Web.Queries;
using Ledger.Web.Users;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Ledger.Web.Importing;

/// <summary>
/// Imports uploaded sheets through the CLI's own write path (the unit-year's persistent actor) (<see cref="BudgetImport"/>, <see cref="RealisasiImport"/>):
/// the same parsing, the same all-or-nothing rule, the same <c>FILE:ROW:COLUMN what</c> errors. The signed-in user
/// must be allowed to write the unit, and is recorded as the actor of every event.
/// </summary>
internal sealed class SheetImports(IBudgetWriter writer, IClock clock, ImportSlots slots)
{
    public sealed record BudgetForm(string? Unit, string? Year, string? Stage, string? Effective, string? Basis, string? Reason);

    public sealed record RealisasiForm(string? Unit, string? Year, string? Triwulan, string? PeriodEnd, string? Reason);

    public async Task<ImportOutcome> BudgetAsync(LedgerUser user, IFormFileCollection? files, BudgetForm form, CancellationToken ct)
    {
        var unit = Writable(user, form.Unit);
        var year = QueryValues.Year(form.Year);
        var stage = QueryValues.Stage(form.Stage, "stage") ?? throw new InputException("stage is missing: murni, pergeseran, refocusing or perubahan");
        var effective = QueryValues.Date(form.Effective, "effective") ?? throw new InputException("effective is missing: the date the stage is in force, YYYY-MM-DD");
        var basis = ImportTexts.Basis(form.Basis);
        var reason = ImportTexts.Reason(form.Reason);
        using var sheet = await UploadedSheet.SaveAsync(files, ct);
        var request = new BudgetImportRequest(sheet.Path, unit, year, stage, effective, basis, reason, user.Name);
        var outcome = await RunAsync(sheet, () => new BudgetImport(writer, clock).RunAsync(request, null, ct), ct);
        return ImportOutcome.From(sheet.FileName, unit, year, $"tahap {stage.Name()}", user.Name, outcome);
    }

    public async Task<ImportOutcome> RealisasiAsync(LedgerUser user, IFormFileCollection? files, RealisasiForm form, CancellationToken ct)
    {
        var unit = Writable(user, form.Unit);
        var year = QueryValues.Year(form.Year);
        var triwulan = QueryValues.Triwulan(form.Triwulan);
        var periodEnd = QueryValues.Date(form.PeriodEnd, "periodEnd");
        if (triwulan is not null && periodEnd is not null)
            throw new InputException("give triwulan or periodEnd, not both");
        var end = (triwulan is { } quarter ? Projections.Triwulan.End(year, quarter) : periodEnd)
            ?? throw new InputException("give triwulan=1..4 or periodEnd=YYYY-MM-DD");
        var reason = ImportTexts.Reason(form.Reason);
        using var sheet = await UploadedSheet.SaveAsync(files, ct);
        var request = new RealisasiImport.Request(sheet.Path, unit, year, end, Correction: false, reason, user.Name);
        var outcome = await RunAsync(sheet, () => new RealisasiImport(writer, clock).RunAsync(request, ct), ct);
        return ImportOutcome.From(sheet.FileName, unit, year, $"realisasi s.d. {end:yyyy-MM-dd}", user.Name, outcome);
    }

    private static string Writable(LedgerUser user, string? unitText)
    {
        var unit = QueryValues.Unit(unitText);
        return user.CanWrite(unit)
            ? unit
            : throw new ForbiddenException(user.Writes
                ? $"{user.Name} plans for {user.Unit} and may not write {unit}"
                : $"the {user.Role.Name()} role may not write");
    }

    private async Task<BudgetImportOutcome> RunAsync(UploadedSheet sheet, Func<Task<BudgetImportOutcome>> import, CancellationToken ct)
    {
        // Reading a sheet holds it in memory: only a few at a time (the upload waits on disk meanwhile).
        using var slot = await slots.EnterAsync(ct);
        try
        {
            return await import();
        }
        catch (InputException e)
        {
            throw new InputException(sheet.WithoutFolder(e.Message));
        }
    }
}
