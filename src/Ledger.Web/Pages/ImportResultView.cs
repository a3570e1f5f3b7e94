using Ledger.Web.Importing;

namespace Ledger.Web.Pages;

/// <summary>What an accepted import did, in Indonesian, with the sheet's own disagreements as warnings.</summary>
internal static class ImportResultView
{
    public static Markup Accepted(ImportOutcome outcome)
    {
        var html = new HtmlWriter();
        html.Add($"<div class=\"diterima\" role=\"status\"><h2>Lembar diterima</h2><p id=\"hasil-impor\">");
        if (outcome.Appended == 0)
            html.Add($"{outcome.File}: tidak ada yang baru untuk {outcome.Unit} {outcome.Year} ({outcome.Lines} baris, sudah ada di jurnal).");
        else
            html.Add($"{outcome.File}: {outcome.Lines} baris, {outcome.Appended} peristiwa dicatat untuk {outcome.Unit} {outcome.Year}, {outcome.What} (versi {outcome.StreamVersion}), oleh {outcome.Actor}.");
        html.Add($"</p>");
        if (outcome.Warnings.Count > 0)
        {
            html.Add($"<h3>Angka tercetak yang tidak sesuai ({outcome.Warnings.Count})</h3><p>Dicatat dari angka rinci; angka tercetak ini tidak disimpan.</p><ul class=\"peringatan\">");
            foreach (var w in outcome.Warnings.Take(200))
                html.Add($"<li>baris {w.Row}, {w.Kode}: {w.What}: tercetak {w.Printed}, terhitung {w.Computed}</li>");
            html.Add($"</ul>");
        }
        var query = PageQuery.UnitYear(outcome.Unit, outcome.Year);
        return html.Add($"<p><a href=\"/perubahan{query}\">Lihat tabel perubahan</a> · <a href=\"/capaian{query}\">capaian</a></p></div>\n").ToMarkup();
    }
}
