using Ledger.Application.Live;
using Ledger.Sheets.Writing;
using Ledger.Web.Importing;
using Ledger.Web.Live;
using Ledger.Web.Queries;
using Ledger.Web.Security;
using Ledger.Web.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Ledger.Web.Api;

/// <summary>
/// The HTTP API (contract §8), JSON unless a file format is asked for, documented at <c>/openapi/v1.json</c>.
/// Every route needs <c>Authorization: Bearer TOKEN</c>; imports need a planner (own unit) or admin token.
/// </summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("ledger").AddEndpointFilter<ApiErrorFilter>()
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ApiError), ["application/json"]));
        var read = api.MapGroup("").RequireAuthorization(AccessPolicies.ApiRead);
        read.MapGet("/units", Units)
            .WithSummary("Units and their fiscal years").Produces<IReadOnlyList<UnitYears>>();
        read.MapGet("/me", (HttpContext http) =>
            {
                var user = LedgerPrincipal.Required(http.User);
                return new WhoAmI(user.Name, user.Role.Name(), user.Unit);
            })
            .WithSummary("The user the token belongs to");
        foreach (var kind in Enum.GetValues<TableKind>())
        {
            read.MapGet($"/tables/{kind.Name()}", ([AsParameters] TableParameters query, TableService tables, CancellationToken ct) =>
                    TableAsync(kind, query, tables, ct))
                .WithSummary($"The {kind.Name()} table: JSON {{rows}} with the CSV columns of contract §6, or a file")
                .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: FileTypes)
                .Produces<ApiError>(StatusCodes.Status400BadRequest);
        }
        read.MapGet("/history", HistoryAsync)
            .WithSummary("Every event that touched a line (or the unit-year), oldest first: stage, basis, reason, effective date, recorded instant, actor")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: FileTypes)
            .Produces<ApiError>(StatusCodes.Status400BadRequest);
        read.MapGet("/export", ExportAsync)
            .WithSummary("Canonical events as JSON Lines, one object a line (as ledger export)")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        read.MapGet("/live", (Func<HttpContext, Task>)ServerSentEvents.StreamAsync)
            .WithSummary("Server-sent events: 'checkpoint' with {position} whenever events land in the journal")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        ImportEndpoints.Map(api.MapGroup("/import").RequireAuthorization(AccessPolicies.ApiWrite));
    }

    private static readonly string[] FileTypes =
        [TableFormat.Csv.MediaType(), TableFormat.Xlsx.MediaType(), TableFormat.Html.MediaType(), TableFormat.Md.MediaType()];

    private static IReadOnlyList<UnitYears> Units(LiveProjection live) =>
        live.Units().Select(u => new UnitYears(u.Unit, u.Years)).ToList();

    private static async Task<IResult> TableAsync(TableKind kind, TableParameters parameters, TableService tables, CancellationToken ct)
    {
        var query = TableQuery.From(parameters);
        var table = await tables.BuildAsync(kind, query, ct);
        return TableFile.Result(table, query.Format ?? TableFormat.Json, TableFile.BaseName(kind.Name(), query.Unit, query.Year));
    }

    private static async Task<IResult> HistoryAsync([AsParameters] HistoryParameters parameters, TableService tables, CancellationToken ct)
    {
        var unit = QueryValues.Unit(parameters.Unit);
        var year = QueryValues.Year(parameters.Year);
        var kode = QueryValues.Kode(parameters.Kode);
        var format = TableQuery.ParseFormat(parameters.Format) ?? TableFormat.Json;
        var (table, _) = await tables.HistoryAsync(unit, year, kode, ct);
        return TableFile.Result(table, format, TableFile.BaseName("riwayat", unit, year));
    }

    private static async Task ExportAsync(HttpContext http, Ledger.Store.IEventStore store, string? unit, string? year, CancellationToken ct)
    {
        var onlyUnit = string.IsNullOrWhiteSpace(unit) ? null : QueryValues.Unit(unit);
        int? onlyYear = string.IsNullOrWhiteSpace(year) ? null : QueryValues.Year(year);
        http.Response.ContentType = "application/x-ndjson";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"events.jsonl\"";
        // The export writes its line breaks a byte at a time: buffer them, and let the rare full-buffer flush be synchronous.
        http.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
        await using var buffered = new BufferedStream(http.Response.Body, 64 * 1024);
        await Application.Transfer.JournalExport.WriteAsync(store, buffered, onlyUnit, onlyYear, ct);
    }
}
