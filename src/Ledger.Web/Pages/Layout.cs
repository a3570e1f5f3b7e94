using Ledger.Web.Users;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Pages;

/// <summary>The page shell: head with the stylesheet and scripts, the top bar with the user and "Keluar", the unit-year tabs.</summary>
internal static class Layout
{
    /// <summary>The tabs of a unit-year's pages, in order: path and label.</summary>
    public static readonly IReadOnlyList<(string Path, string Label)> Tabs =
    [
        ("/perubahan", "Perubahan"), ("/capaian", "Capaian"), ("/evaluasi", "Evaluasi"),
        ("/grafik", "Grafik"), ("/riwayat", "Riwayat"), ("/impor", "Impor"),
    ];

    /// <param name="unitYear">The unit-year the page is about, for the tabs; null on pages about no unit.</param>
    /// <param name="live">Whether the page refreshes its content when events land.</param>
    public static Markup Render(HttpContext http, string title, Markup body, LedgerUser? user,
        (string Unit, int Year)? unitYear = null, string? activeTab = null, bool live = false, Markup scripts = default)
    {
        var page = new HtmlWriter();
        page.Add($"<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Add($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Add($"<title>{title} · Ledger</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n")
            .Add($"<script src=\"/static/app.js\" defer></script>\n")
            .Add(scripts)
            .Add($"</head>\n<body{(live ? new Markup(" data-live=\"/live\"") : Markup.Empty)}>\n<header class=\"atas\">\n")
            .Add($"<a class=\"merek\" href=\"/\">Ledger</a><span class=\"sub\">Anggaran &amp; Kinerja Perangkat Daerah</span>\n");
        if (user is not null)
        {
            page.Add($"<span class=\"pengguna\">{user.Name} · {user.Role.Label()}{(user.Unit is { } unit ? " · " + unit : "")}</span>")
                .Add($"<span id=\"status-langsung\" class=\"langsung\" hidden>● langsung</span>")
                .Add($"<form class=\"keluar\" method=\"post\" action=\"/keluar\">{Html.AntiforgeryField(http)}<button type=\"submit\">Keluar</button></form>\n");
        }
        page.Add($"</header>\n");
        if (unitYear is { } uy)
            page.Add(TabBar(uy.Unit, uy.Year, activeTab));
        page.Add($"<main>\n").Add(body).Add($"</main>\n")
            .Add($"<footer>Ledger · setiap angka dihitung dari jurnal peristiwa; tidak ada yang diubah atau dihapus.</footer>\n</body>\n</html>\n");
        return page.ToMarkup();
    }

    private static Markup TabBar(string unit, int year, string? activeTab)
    {
        var bar = new HtmlWriter();
        bar.Add($"<nav class=\"tab\" aria-label=\"Halaman unit\"><a href=\"/\">Beranda</a><span class=\"unit\">{unit} {year}</span>");
        var query = Html.Query(("unit", unit), ("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var (path, label) in Tabs)
        {
            var current = path == activeTab ? new Markup(" aria-current=\"page\"") : Markup.Empty;
            bar.Add($"<a href=\"{path + query}\"{current}>{label}</a>");
        }
        return bar.Add($"</nav>\n").ToMarkup();
    }
}
