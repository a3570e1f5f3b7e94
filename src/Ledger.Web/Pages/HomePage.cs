using Ledger.Application.Live;
using Ledger.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Pages;

/// <summary>The first page: every unit the ledger holds, with its fiscal years and their pages.</summary>
internal sealed class HomePage(LiveProjection live)
{
    public IResult Render(HttpContext http)
    {
        var user = LedgerPrincipal.Required(http.User);
        var body = new HtmlWriter()
            .Add($"<h1>Unit dan tahun anggaran</h1>\n")
            .Add($"<p class=\"intro\">Pilih tahun anggaran sebuah unit untuk melihat tabel perubahan, capaian dan evaluasinya. ")
            .Add($"Halaman diperbarui sendiri ketika peristiwa baru tercatat.</p>\n")
            .Add(Units())
            .Add(user.Writes
                ? Html.Of($"<p><a href=\"/impor\">Impor lembar anggaran atau realisasi</a> (dicatat atas nama {user.Name}).</p>\n")
                : Markup.Empty)
            .ToMarkup();
        return Html.Page(Layout.Render(http, "Beranda", body, user, live: true));
    }

    /// <summary>The list of units alone, for the live refresh.</summary>
    public IResult Fragment() => Html.Page(Units());

    private Markup Units()
    {
        var units = live.Units();
        var html = new HtmlWriter();
        html.Add($"<section id=\"tabel\" data-segar=\"/fragmen/beranda\">");
        if (units.Count == 0)
        {
            html.Add($"<p class=\"kosong\">Jurnal masih kosong. Impor lembar anggaran lewat <a href=\"/impor\">Impor</a> ")
                .Add($"atau <code>ledger import budget</code>.</p>");
            return html.Add($"</section>").ToMarkup();
        }
        html.Add($"<table class=\"buku unit\"><thead><tr><th scope=\"col\">Unit</th><th scope=\"col\">Tahun anggaran</th></tr></thead><tbody>");
        foreach (var (unit, years) in units)
        {
            html.Add($"<tr><td>{unit}</td><td>");
            foreach (var year in years)
            {
                var query = PageQuery.UnitYear(unit, year);
                html.Add($"<span class=\"tahun\"><a href=\"/perubahan{query}\">{year}</a> ")
                    .Add($"<a class=\"kecil\" href=\"/capaian{query}\">capaian</a> <a class=\"kecil\" href=\"/evaluasi{query}\">evaluasi</a> ")
                    .Add($"<a class=\"kecil\" href=\"/grafik{query}\">grafik</a></span> ");
            }
            html.Add($"</td></tr>");
        }
        return html.Add($"</tbody></table></section>\n").ToMarkup();
    }
}
