using Ledger.Web.Users;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Pages;

/// <summary>A page that says what went wrong, in Indonesian, with the ledger's own message below.</summary>
internal static class ErrorPage
{
    public static IResult Render(HttpContext http, LedgerUser? user, string title, string message, int status)
    {
        var body = Html.Of($"<h1>{title}</h1>\n<p class=\"galat\">{message}</p>\n<p><a href=\"/\">Kembali ke beranda</a></p>\n");
        return Html.Page(Layout.Render(http, title, body, user), status);
    }

    public static IResult NoBudget(HttpContext http, LedgerUser? user, string unit, int year)
    {
        var body = new HtmlWriter()
            .Add($"<h1>Belum ada anggaran</h1>\n<p class=\"galat\">Jurnal belum memuat anggaran {unit} tahun {year}.</p>\n")
            .Add($"<p><a href=\"/impor{PageQuery.UnitYear(unit, year)}\">Impor lembar anggaran</a> · <a href=\"/\">Kembali ke beranda</a></p>\n")
            .ToMarkup();
        return Html.Page(Layout.Render(http, "Belum ada anggaran", body, user), StatusCodes.Status404NotFound);
    }
}
