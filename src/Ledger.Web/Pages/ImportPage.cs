using Ledger.Application;
using Ledger.Application.Importing;
using Ledger.Application.Live;
using Ledger.Domain.Values;
using Ledger.Web.Importing;
using Ledger.Web.Live;
using Ledger.Web.Queries;
using Ledger.Web.Security;
using Ledger.Web.Users;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Pages;

/// <summary>
/// Imports from the browser: a budget sheet at a stage, or a realisasi sheet for a triwulan, through the same write
/// path as <c>ledger import</c>. A rejected sheet is shown with the error beside its row; nothing is recorded.
/// </summary>
internal sealed class ImportPage(SheetImports imports, JournalWatch watch, LiveProjection live, PageClock clock)
{
    public IResult Show(HttpContext http) => Render(http, Markup.Empty, StatusCodes.Status200OK);

    public Task<IResult> BudgetAsync(HttpContext http, CancellationToken ct) => RunAsync(http, form =>
        imports.BudgetAsync(LedgerPrincipal.Required(http.User), form.Files,
            new SheetImports.BudgetForm(form["unit"], form["year"], form["stage"], form["effective"], form["basis"], form["reason"]), ct), ct);

    public Task<IResult> RealisasiAsync(HttpContext http, CancellationToken ct) => RunAsync(http, form =>
        imports.RealisasiAsync(LedgerPrincipal.Required(http.User), form.Files,
            new SheetImports.RealisasiForm(form["unit"], form["year"], form["triwulan"], null, form["reason"]), ct), ct);

    private async Task<IResult> RunAsync(HttpContext http, Func<IFormCollection, Task<ImportAttempt>> import, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        try
        {
            var attempt = await import(form);
            // The page's one mapping of an import's result: accepted, what it did; refused, the sheet with the error at its row.
            switch (attempt.Result)
            {
                case CommandResult.Accepted accepted:
                    await watch.CaughtUpAsync(ct);
                    return Render(http, ImportResultView.Accepted(attempt.Outcome(accepted)), StatusCodes.Status200OK);
                case CommandResult.Refused refused:
                    return Render(http, SheetErrorView.Render(refused.Message, refused.Where, attempt.Sheet), StatusCodes.Status400BadRequest);
                default:
                    throw new System.Diagnostics.UnreachableException();
            }
        }
        catch (InputException e)
        {
            return Render(http, SheetErrorView.Render(e.Message, where: null, sheet: null), StatusCodes.Status400BadRequest);
        }
        catch (ImportsBusyException e)
        {
            return Render(http, Html.Of($"<div class=\"ditolak\" role=\"alert\"><h2>Server sedang sibuk</h2><p class=\"galat\" id=\"pesan-galat\">Impor lain sedang berjalan; tidak ada yang dicatat. Coba lagi sebentar lagi. ({e.Message})</p></div>"),
                StatusCodes.Status429TooManyRequests);
        }
        catch (ForbiddenException e)
        {
            return Render(http, Html.Of($"<div class=\"ditolak\" role=\"alert\"><h2>Tidak diizinkan</h2><p class=\"galat\" id=\"pesan-galat\">{e.Message}</p></div>"),
                StatusCodes.Status403Forbidden);
        }
    }

    private IResult Render(HttpContext http, Markup result, int status)
    {
        var user = LedgerPrincipal.Required(http.User);
        string? unit = http.Request.HasFormContentType ? http.Request.Form["unit"] : http.Request.Query["unit"];
        string? yearText = http.Request.HasFormContentType ? http.Request.Form["year"] : http.Request.Query["year"];
        var year = int.TryParse(yearText, out var y) ? y : clock.Today.Year;
        if (user.Role == UserRole.Planner)
            unit = user.Unit;
        var body = new HtmlWriter().Add($"<h1>Impor lembar</h1>\n").Add(result);
        if (!user.Writes)
        {
            body.Add($"<p class=\"galat\">Peran {user.Role.Label()} hanya dapat membaca. Mintalah peran perencana atau admin untuk mengimpor.</p>");
            return Html.Page(Layout.Render(http, "Impor", body.ToMarkup(), user), status);
        }
        body.Add($"<p class=\"intro\">Lembar CSV atau XLSX dengan kolom seperti pada <code>ledger import</code>. ")
            .Add($"Dicatat atas nama <strong>{user.Name}</strong>.</p>\n")
            .Add($"<div class=\"dua-kolom\">")
            .Add(ImportForms.Budget(http, user, unit, year))
            .Add(ImportForms.Realisasi(http, user, unit, year))
            .Add($"</div>")
            .Add(ImportForms.UnitList(live.Units().Select(u => u.Unit)));
        var unitYear = unit is { Length: > 0 } ? (unit, year) : ((string, int)?)null;
        return Html.Page(Layout.Render(http, "Impor", body.ToMarkup(), user, unitYear, "/impor"), status);
    }
}
