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
/// the same parsing of the parameters (<see cref="QueryValues"/> over the shared request parser), the same all-or-nothing
/// rule, the same <c>FILE:ROW:COLUMN what</c> refusals. The sheet is read from the upload's stream in memory, and only
/// while holding an import slot (<see cref="ImportSlots"/>): reading holds all of it. The signed-in user must be allowed
/// to write the unit, and is recorded as the actor of every event. Bad parameters throw <see cref="InputException"/>;
/// a refused sheet comes back in <see cref="ImportAttempt.Result"/>.
/// </summary>
internal sealed class SheetImports(IBudgetWriter writer, IClock clock, ImportSlots slots)
{
    public sealed record BudgetForm(string? Unit, string? Year, string? Stage, string? Effective, string? Basis, string? Reason);

    public sealed record RealisasiForm(string? Unit, string? Year, string? Triwulan, string? PeriodEnd, string? Reason);

    public async Task<ImportAttempt> BudgetAsync(LedgerUser user, IFormFileCollection? files, BudgetForm form, CancellationToken ct)
    {
        var unit = Writable(user, form.Unit);
        var year = QueryValues.Year(form.Year);
        var stage = QueryValues.Stage(form.Stage, "stage") ?? throw new InputException("stage is missing: murni, pergeseran, refocusing or perubahan");
        var effective = QueryValues.Date(form.Effective, "effective") ?? throw new InputException("effective is missing: the date the stage is in force, YYYY-MM-DD");
        var basis = ImportTexts.Basis(form.Basis);
        var reason = ImportTexts.Reason(form.Reason);
        var file = SheetUpload.Single(files);
        using var slot = await slots.EnterAsync(ct);
        var sheet = await SheetUpload.ReadAsync(file, ct);
        var request = new BudgetImportRequest(sheet, unit, year, stage, effective, basis, reason, user.Name);
        var result = await new BudgetImport(writer, clock).RunAsync(request, null, ct);
        return new ImportAttempt(sheet, unit, year, $"tahap {stage.Name()}", user.Name, result);
    }

    public async Task<ImportAttempt> RealisasiAsync(LedgerUser user, IFormFileCollection? files, RealisasiForm form, CancellationToken ct)
    {
        var unit = Writable(user, form.Unit);
        var year = QueryValues.Year(form.Year);
        var end = QueryValues.PeriodEnd(year, form.Triwulan, form.PeriodEnd, "periodEnd")
            ?? throw new InputException("give triwulan=1..4 or periodEnd=YYYY-MM-DD");
        var reason = ImportTexts.Reason(form.Reason);
        var file = SheetUpload.Single(files);
        using var slot = await slots.EnterAsync(ct);
        var sheet = await SheetUpload.ReadAsync(file, ct);
        var request = new RealisasiImport.Request(sheet, unit, year, end, Correction: false, reason, user.Name);
        var result = await new RealisasiImport(writer, clock).RunAsync(request, ct);
        return new ImportAttempt(sheet, unit, year, $"realisasi s.d. {end:yyyy-MM-dd}", user.Name, result);
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
}
