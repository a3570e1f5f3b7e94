using Ledger.Web.Importing;
using Ledger.Web.Live;
using Ledger.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Ledger.Web.Api;

/// <summary>
/// <c>POST /api/import/budget</c> and <c>/api/import/realisasi</c>: the sheet as the multipart field <c>file</c>,
/// imported all or nothing through the CLI's write path; 400 <c>{error}</c> naming row and column when rejected.
/// Bearer tokens are not sent by browsers on their own, so these need no anti-forgery token.
/// </summary>
internal static class ImportEndpoints
{
    public static void Map(RouteGroupBuilder imports)
    {
        imports.MapPost("/budget", async ([AsParameters] BudgetImportParameters p, HttpContext http, SheetImports sheets, JournalWatch watch, CancellationToken ct) =>
            {
                var form = new SheetImports.BudgetForm(p.Unit, p.Year, p.Stage, p.Effective, p.Basis, p.Reason);
                var outcome = await sheets.BudgetAsync(LedgerPrincipal.Required(http.User), await FilesAsync(http, ct), form, ct);
                await watch.CaughtUpAsync(ct);
                return outcome;
            })
            .WithSummary("Import a budget sheet (CSV or XLSX, contract §4) at a stage; only what changed becomes events")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportOutcome>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden)
            .DisableAntiforgery();
        imports.MapPost("/realisasi", async ([AsParameters] RealisasiImportParameters p, HttpContext http, SheetImports sheets, JournalWatch watch, CancellationToken ct) =>
            {
                var form = new SheetImports.RealisasiForm(p.Unit, p.Year, p.Triwulan, p.PeriodEnd, p.Reason);
                var outcome = await sheets.RealisasiAsync(LedgerPrincipal.Required(http.User), await FilesAsync(http, ct), form, ct);
                await watch.CaughtUpAsync(ct);
                return outcome;
            })
            .WithSummary("Import a realisasi sheet (contract §5), cumulative to the end of a triwulan or a period end")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportOutcome>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden)
            .DisableAntiforgery();
    }

    /// <summary>Every file part of the form (all of them, so a second sheet is refused rather than ignored), or none when the body is no form.</summary>
    private static async Task<IFormFileCollection?> FilesAsync(HttpContext http, CancellationToken ct) =>
        http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct)).Files : null;
}
