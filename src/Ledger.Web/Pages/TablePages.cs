using Ledger.Application;
using Ledger.Sheets.Writing;
using Ledger.Web.Api;
using Ledger.Web.Queries;
using Ledger.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Pages;

/// <summary>The perubahan, capaian and evaluasi pages, their table fragments (for the slider and live updates) and downloads.</summary>
internal sealed class TablePages(TableService tables, UnitYearInfo info, PageClock clock, LedgerClockLabel label)
{
    private static readonly IReadOnlyDictionary<TableKind, (string Title, string Intro)> Texts = new Dictionary<TableKind, (string, string)>
    {
        [TableKind.Perubahan] = ("Perubahan anggaran", "Pagu dan target setiap baris sebelum dan setelah perubahan. Klik baris untuk melihat riwayatnya."),
        [TableKind.Capaian] = ("Capaian kinerja", "Capaian tiap indikator dan serapan anggaran, dengan predikatnya."),
        [TableKind.Evaluasi] = ("Evaluasi hasil Renja", "Target, realisasi per triwulan (K dan Rp) dan tingkat capaian (Permendagri 86/2017)."),
    };

    public async Task<IResult> PageAsync(TableKind kind, HttpContext http, CancellationToken ct)
    {
        var user = LedgerPrincipal.Required(http.User);
        if (!PageQuery.TryRead(http, user, clock, out var query, out var refused))
            return refused;
        var facts = await info.LoadAsync(query.Unit, query.Year, ct);
        if (!facts.Exists)
            return ErrorPage.NoBudget(http, user, query.Unit, query.Year);
        var (title, intro) = Texts[kind];
        var body = new HtmlWriter();
        body.Add($"<h1>{title} <small>{query.Unit} {query.Year}</small></h1>\n<p class=\"intro\">{intro}</p>\n")
            .Add(TimeControls.Render(kind, query, facts, clock.Today));
        try
        {
            body.Add(TableSection.Render(kind, query, await tables.BuildAsync(kind, query, ct), label));
        }
        catch (InputException e)
        {
            body.Add($"<section id=\"tabel\"><p class=\"galat\">{e.Message}</p></section>");
        }
        body.Add(HistoryDialog());
        return Html.Page(Layout.Render(http, $"{title} {query.Unit} {query.Year}", body.ToMarkup(), user, (query.Unit, query.Year), "/" + kind.Name(), live: true));
    }

    public async Task<IResult> FragmentAsync(TableKind kind, HttpContext http, CancellationToken ct)
    {
        try
        {
            var query = PageQuery.From(http.Request.Query, clock);
            return Html.Page(TableSection.Render(kind, query, await tables.BuildAsync(kind, query, ct), label));
        }
        catch (InputException e)
        {
            return Html.Page(Html.Of($"<section id=\"tabel\"><p class=\"galat\">{e.Message}</p></section>"), StatusCodes.Status400BadRequest);
        }
    }

    public async Task<IResult> DownloadAsync(TableKind kind, HttpContext http, CancellationToken ct)
    {
        try
        {
            var query = PageQuery.From(http.Request.Query, clock);
            var table = await tables.BuildAsync(kind, query, ct);
            return TableFile.Result(table, query.Format ?? TableFormat.Xlsx, TableFile.BaseName(kind.Name(), query.Unit, query.Year));
        }
        catch (InputException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The dialog a line's history opens in (filled by the script from <c>/fragmen/riwayat</c>).</summary>
    public static Markup HistoryDialog() => Html.Of(
        $"<dialog id=\"dialog-riwayat\" aria-labelledby=\"judul-riwayat\"><div class=\"isi\"></div><form method=\"dialog\"><button type=\"submit\">Tutup</button></form></dialog>\n");
}
