using Ledger.Runtime.Sharding;
using Ledger.Web.Api;
using Ledger.Web.Pages;
using Ledger.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Web.Hosting;

/// <summary>The middleware, in order, and every route: pages, API, OpenAPI document, static files.</summary>
internal static class Pipeline
{
    public static void Configure(WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        app.Use(SecurityHeaders.Apply);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleUnexpectedAsync });
        app.UseStatusCodePages(context => EmptyErrorAsync(context.HttpContext));
        app.UseMiddleware<RequestLimits>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/static/{**path}", (string path, HttpContext http) => StaticAssets.Serve(path, http)).ExcludeFromDescription();
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        if (app.Services.GetService<ClusterNode>() is { } cluster)
            MapHealth(app, cluster);
    }

    /// <summary>
    /// <c>GET /health</c> on a cluster node, without sign-in (it tells nothing about the ledger): one line, <c>up
    /// members=3 unreachable=0</c> (or <c>joining …</c>), 200 once this node is up and 503 before, for a load balancer
    /// or a script waiting for the cluster to form.
    /// </summary>
    private static void MapHealth(WebApplication app, ClusterNode cluster) =>
        app.MapGet("/health", () =>
            {
                var status = cluster.Status();
                return Results.Text(status + "\n", "text/plain; charset=utf-8", statusCode: status.Up ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

    /// <summary>A 500 with a body that says so, in JSON for the API and in Indonesian for pages; the details go to the log only.</summary>
    private static async Task HandleUnexpectedAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        if (IsApi(http))
            await http.Response.WriteAsJsonAsync(new ApiError("internal error; the server log has the details"));
        else
            await http.Response.WriteAsync("Terjadi kesalahan di server. Rinciannya ada di log server.");
    }

    /// <summary>Gives body-less errors (404, 405, 415…) a body: <c>{error}</c> on the API.</summary>
    private static Task EmptyErrorAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        if (IsApi(http))
        {
            var hint = status == StatusCodes.Status400BadRequest
                ? ": check the query, and send a sheet as the multipart/form-data field 'file'"
                : "";
            return http.Response.WriteAsJsonAsync(new ApiError($"HTTP {status}: {ReasonPhrases.GetReasonPhrase(status)}{hint}"));
        }
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(status == StatusCodes.Status404NotFound
            ? "Halaman tidak ditemukan (404)."
            : $"Permintaan tidak dapat dilayani (HTTP {status}).");
    }

    private static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");
}
