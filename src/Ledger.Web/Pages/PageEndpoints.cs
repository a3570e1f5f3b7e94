using Ledger.Web.Live;
using Ledger.Web.Queries;
using Ledger.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ledger.Web.Pages;

/// <summary>
/// The routes of the web UI, in Indonesian. All but the sign-in page need the session cookie (else a redirect to
/// <c>/masuk</c>); every form POST is checked for its anti-forgery token. None is in the OpenAPI document.
/// </summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("").ExcludeFromDescription();
        open.MapGet("/masuk", (HttpContext http, LoginPages login) => login.Form(http));
        open.MapPost("/masuk", (HttpContext http, LoginPages login, CancellationToken ct) => login.SignInAsync(http, ct))
            .AddEndpointFilter<AntiforgeryCheck>();
        open.MapPost("/keluar", (Func<HttpContext, Task<IResult>>)LoginPages.SignOutAsync).AddEndpointFilter<AntiforgeryCheck>();

        var pages = app.MapGroup("").ExcludeFromDescription().RequireAuthorization(AccessPolicies.Pages);
        pages.MapGet("/", (HttpContext http, HomePage home) => home.Render(http));
        pages.MapGet("/fragmen/beranda", (HomePage home) => home.Fragment());
        foreach (var kind in Enum.GetValues<TableKind>())
        {
            pages.MapGet($"/{kind.Name()}", (HttpContext http, TablePages tables, CancellationToken ct) => tables.PageAsync(kind, http, ct));
            pages.MapGet($"/fragmen/{kind.Name()}", (HttpContext http, TablePages tables, CancellationToken ct) => tables.FragmentAsync(kind, http, ct));
            pages.MapGet($"/unduh/{kind.Name()}", (HttpContext http, TablePages tables, CancellationToken ct) => tables.DownloadAsync(kind, http, ct));
        }
        pages.MapGet("/riwayat", (HttpContext http, HistoryPages history, CancellationToken ct) => history.PageAsync(http, ct));
        pages.MapGet("/fragmen/riwayat", (HttpContext http, HistoryPages history, CancellationToken ct) => history.FragmentAsync(http, ct));
        pages.MapGet("/unduh/riwayat", (HttpContext http, HistoryPages history, CancellationToken ct) => history.DownloadAsync(http, ct));
        pages.MapGet("/grafik", (HttpContext http, ChartPage charts, CancellationToken ct) => charts.PageAsync(http, ct));
        pages.MapGet("/grafik/data", (HttpContext http, ChartPage charts, CancellationToken ct) => charts.DataAsync(http, ct));
        pages.MapGet("/impor", (HttpContext http, ImportPage import) => import.Show(http));
        pages.MapPost("/impor/anggaran", (HttpContext http, ImportPage import, CancellationToken ct) => import.BudgetAsync(http, ct))
            .AddEndpointFilter<AntiforgeryCheck>();
        pages.MapPost("/impor/realisasi", (HttpContext http, ImportPage import, CancellationToken ct) => import.RealisasiAsync(http, ct))
            .AddEndpointFilter<AntiforgeryCheck>();
        pages.MapGet("/live", (Func<HttpContext, Task>)ServerSentEvents.StreamAsync);
    }
}
