using Ledger.Application.Importing;
using Ledger.Domain.Values;
using Ledger.Web.Users;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Pages;

/// <summary>The two upload forms of the import page, each with its anti-forgery token.</summary>
internal static class ImportForms
{
    public static Markup Budget(HttpContext http, LedgerUser user, string? unit, int year)
    {
        var html = new HtmlWriter();
        html.Add($"<form class=\"impor\" id=\"impor-anggaran\" method=\"post\" action=\"/impor/anggaran\" enctype=\"multipart/form-data\">")
            .Add(Html.AntiforgeryField(http))
            .Add($"<h2>Lembar anggaran (Renja / APBD)</h2>")
            .Add(UnitAndYear(user, unit, year, "a"))
            .Add($"<label>Tahap <select name=\"stage\" required>");
        foreach (var stage in Stages.All)
            html.Add($"<option value=\"{stage.Name()}\">{stage.Name()}</option>");
        return html.Add($"</select></label>")
            .Add($"<label>Berlaku sejak <input type=\"date\" name=\"effective\" required></label>")
            .Add($"<label>Dasar hukum <input type=\"text\" name=\"basis\" maxlength=\"{ImportTexts.MaxChars}\" placeholder=\"Perbup No. 38 Tahun 2019\"></label>")
            .Add($"<label>Alasan <input type=\"text\" name=\"reason\" maxlength=\"{ImportTexts.MaxChars}\" placeholder=\"penanganan Covid-19\"></label>")
            .Add($"<label>Berkas <input type=\"file\" name=\"file\" accept=\".csv,.xlsx\" required></label>")
            .Add($"<button type=\"submit\">Impor anggaran</button></form>\n")
            .ToMarkup();
    }

    public static Markup Realisasi(HttpContext http, LedgerUser user, string? unit, int year)
    {
        var html = new HtmlWriter();
        html.Add($"<form class=\"impor\" id=\"impor-realisasi\" method=\"post\" action=\"/impor/realisasi\" enctype=\"multipart/form-data\">")
            .Add(Html.AntiforgeryField(http))
            .Add($"<h2>Lembar realisasi</h2>")
            .Add(UnitAndYear(user, unit, year, "r"))
            .Add($"<label>Triwulan <select name=\"triwulan\" required>");
        for (var quarter = 1; quarter <= 4; quarter++)
            html.Add($"<option value=\"{quarter}\">{Tanggal.Triwulan(quarter)} (kumulatif)</option>");
        return html.Add($"</select></label>")
            .Add($"<label>Berkas <input type=\"file\" name=\"file\" accept=\".csv,.xlsx\" required></label>")
            .Add($"<button type=\"submit\">Impor realisasi</button></form>\n")
            .ToMarkup();
    }

    /// <summary>The known units, offered while typing a unit name.</summary>
    public static Markup UnitList(IEnumerable<string> units)
    {
        var html = new HtmlWriter().Add($"<datalist id=\"daftar-unit\">");
        foreach (var unit in units)
            html.Add($"<option value=\"{unit}\"></option>");
        return html.Add($"</datalist>\n").ToMarkup();
    }

    private static Markup UnitAndYear(LedgerUser user, string? unit, int year, string prefix)
    {
        var fixedUnit = user.Role == UserRole.Planner ? new Markup(" readonly") : Markup.Empty;
        return Html.Of($"<label>Unit <input type=\"text\" id=\"{prefix}-unit\" name=\"unit\" value=\"{unit}\" list=\"daftar-unit\" required{fixedUnit}></label>")
            .Append(Html.Of($"<label>Tahun anggaran <input type=\"number\" name=\"year\" value=\"{year}\" min=\"2000\" max=\"2100\" required></label>"));
    }
}
