using Ledger.Application;
using Ledger.Domain.Values;
using Ledger.Sheets.Writing;
using Ledger.Web.Api;
using Ledger.Web.Queries;
using Ledger.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Pages;

/// <summary>
/// A line's history, for auditors: every event that touched it, oldest first, with stage, legal basis, reason,
/// effective date, recorded instant and actor. A page of its own, and a fragment for the tables' dialog.
/// </summary>
internal sealed class HistoryPages(TableService tables)
{
    public async Task<IResult> PageAsync(HttpContext http, CancellationToken ct)
    {
        var user = LedgerPrincipal.Required(http.User);
        try
        {
            var (unit, year, kode) = Read(http.Request.Query);
            var body = new HtmlWriter()
                .Add($"<h1>Riwayat {(kode is { } k ? "baris " + k : "seluruh peristiwa")} <small>{unit} {year}</small></h1>\n")
                .Add($"<p class=\"intro\">Setiap peristiwa, terlama dulu. Kesalahan dikoreksi dengan peristiwa baru; yang lama tetap terlihat di sini.</p>\n")
                .Add(await SectionAsync(unit, year, kode, ct))
                .ToMarkup();
            return Html.Page(Layout.Render(http, $"Riwayat {unit} {year}", body, user, (unit, year), "/riwayat", live: true));
        }
        catch (InputException e)
        {
            return ErrorPage.Render(http, user, "Riwayat tidak dapat ditampilkan", e.Message, StatusCodes.Status400BadRequest);
        }
    }

    public async Task<IResult> FragmentAsync(HttpContext http, CancellationToken ct)
    {
        try
        {
            var (unit, year, kode) = Read(http.Request.Query);
            return Html.Page(await SectionAsync(unit, year, kode, ct));
        }
        catch (InputException e)
        {
            return Html.Page(Html.Of($"<p class=\"galat\">{e.Message}</p>"), StatusCodes.Status400BadRequest);
        }
    }

    public async Task<IResult> DownloadAsync(HttpContext http, CancellationToken ct)
    {
        try
        {
            var (unit, year, kode) = Read(http.Request.Query);
            var format = TableQuery.ParseFormat(http.Request.Query["format"]) ?? TableFormat.Xlsx;
            var (table, _) = await tables.HistoryAsync(unit, year, kode, ct);
            return TableFile.Result(table, format, TableFile.BaseName("riwayat", unit, year));
        }
        catch (InputException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private async Task<Markup> SectionAsync(string unit, int year, Kode? kode, CancellationToken ct)
    {
        var (table, entries) = await tables.HistoryAsync(unit, year, kode, ct);
        var query = PageQuery.UnitYear(unit, year) + (kode is { } k ? "&kode=" + Uri.EscapeDataString(k.Value) : "");
        var html = new HtmlWriter();
        html.Add($"<section id=\"riwayat\" data-segar=\"/fragmen/riwayat{query}\"><h2 id=\"judul-riwayat\">{table.Title}</h2>");
        html.Add($"<p class=\"keterangan\">{entries.Count} peristiwa. Unduh: ");
        foreach (var format in new[] { TableFormat.Xlsx, TableFormat.Csv, TableFormat.Html })
            html.Add($"<a href=\"/unduh/riwayat{query}&format={format.Name()}\" download>{format.Name().ToUpperInvariant()}</a> ");
        html.Add($"</p>").Add(TableView.Render(table, historyQuery: null, id: "tabel-riwayat"));
        return html.Add($"</section>\n").ToMarkup();
    }

    private static (string Unit, int Year, Kode? Kode) Read(IQueryCollection query) =>
        (QueryValues.Unit(query["unit"]), QueryValues.Year(query["year"]), QueryValues.Kode(query["kode"]));
}
