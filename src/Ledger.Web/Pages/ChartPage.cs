using Ledger.Application;
using Ledger.Web.Queries;
using Ledger.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Pages;

/// <summary>
/// Charts drawn in the browser by the vendored Chart.js: pagu per program across stages, and capaian per indicator
/// coloured by predikat; each can be saved as PNG. The data comes from <c>/grafik/data</c>, refreshed live.
/// </summary>
internal sealed class ChartPage(ChartService charts, UnitYearInfo info, PageClock clock)
{
    public async Task<IResult> PageAsync(HttpContext http, CancellationToken ct)
    {
        var user = LedgerPrincipal.Required(http.User);
        if (!PageQuery.TryRead(http, user, clock, out var query, out var refused))
            return refused;
        if (!(await info.LoadAsync(query.Unit, query.Year, ct)).Exists)
            return ErrorPage.NoBudget(http, user, query.Unit, query.Year);
        var source = "/grafik/data" + PageQuery.Of(TableKind.Perubahan, query);
        var slug = Api.TableFile.BaseName("grafik", query.Unit, query.Year);
        var body = new HtmlWriter()
            .Add($"<h1>Grafik <small>{query.Unit} {query.Year}</small></h1>\n")
            .Add($"<p class=\"intro\">Berlaku per {Tanggal.Long(query.Slice.AsOf ?? clock.Today)}. Arahkan kursor ke batang untuk angkanya.</p>\n")
            .Add($"<section id=\"grafik\" class=\"grafik\" data-sumber=\"{source}\">")
            .Add(Figure("grafik-pagu", "Pagu per program per tahap", slug + "-pagu.png"))
            .Add(Figure("grafik-capaian", "Capaian per indikator (predikat Permendagri 86/2017)", slug + "-capaian.png"))
            .Add($"</section>\n")
            .ToMarkup();
        var scripts = Html.Of($"<script src=\"/static/lib/chart.umd.js\" defer></script>\n<script src=\"/static/grafik.js\" defer></script>\n");
        return Html.Page(Layout.Render(http, $"Grafik {query.Unit} {query.Year}", body, user, (query.Unit, query.Year), "/grafik", live: true, scripts));
    }

    public async Task<IResult> DataAsync(HttpContext http, CancellationToken ct)
    {
        try
        {
            var query = PageQuery.From(http.Request.Query, clock);
            return Results.Json(await charts.BuildAsync(query.Unit, query.Year, query.Slice, ct));
        }
        catch (InputException e)
        {
            return Results.Json(new Api.ApiError(e.Message), statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static Markup Figure(string id, string caption, string fileName) => Html.Of(
        $"<figure><figcaption>{caption} <button type=\"button\" class=\"png\" data-kanvas=\"{id}\" data-nama=\"{fileName}\">Unduh PNG</button></figcaption>"
        + $"<div class=\"kanvas\"><canvas id=\"{id}\" role=\"img\" aria-label=\"{caption}\"></canvas></div><p class=\"catatan\" id=\"{id}-catatan\"></p></figure>");
}
