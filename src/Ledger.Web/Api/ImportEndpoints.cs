using Ledger.Application.Importing;
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
                var attempt = await sheets.BudgetAsync(LedgerPrincipal.Required(http.User), await FilesAsync(http, ct), form, ct);
                return await AnswerAsync(attempt, watch, ct);
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
                var attempt = await sheets.RealisasiAsync(LedgerPrincipal.Required(http.User), await FilesAsync(http, ct), form, ct);
                return await AnswerAsync(attempt, watch, ct);
            })
            .WithSummary("Import a realisasi sheet (contract §5), cumulative to the end of a triwulan or a period end")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportOutcome>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden)
            .DisableAntiforgery();
    }

    /// <summary>
    /// The API's one mapping of an import's result (contract §8): accepted is 200 with <see cref="ImportOutcome"/>, once
    /// the server's tables have caught up with it; refused is 400 <c>{error}</c> with the CLI's <c>FILE:ROW:COLUMN what</c>.
    /// </summary>
    private static async Task<IResult> AnswerAsync(ImportAttempt attempt, JournalWatch watch, CancellationToken ct)
    {
        switch (attempt.Result)
        {
            case CommandResult.Accepted accepted:
                await watch.CaughtUpAsync(ct);
                return Results.Json(attempt.Outcome(accepted));
            case CommandResult.Refused refused:
                return ApiErrorFilter.Error(StatusCodes.Status400BadRequest, refused.Message);
            default:
                throw new System.Diagnostics.UnreachableException();
        }
    }

    /// <summary>Every file part of the form (all of them, so a second sheet is refused rather than ignored), or none when the body is no form.</summary>
    private static async Task<IFormFileCollection?> FilesAsync(HttpContext http, CancellationToken ct) =>
        http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct)).Files : null;
}
