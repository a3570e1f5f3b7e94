using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Web.Queries;
using NodaTime;

namespace Ledger.Web.Pages;

/// <summary>
/// The controls above a table: the "berlaku per" date slider with quick picks (Triwulan I–IV, hari ini), the
/// "sebagaimana diketahui pada" instant with a pick per imported sheet, and the table's own choices (stages,
/// predikat scale). A plain GET form: without JavaScript it submits; with it, the table reloads in place.
/// </summary>
internal static class TimeControls
{
    public static Markup Render(TableKind kind, TableQuery query, UnitYearFacts facts, LocalDate today)
    {
        var asOf = query.Slice.AsOf ?? today;
        var html = new HtmlWriter();
        html.Add($"<form id=\"kontrol\" class=\"kontrol\" method=\"get\" action=\"/{kind.Name()}\" data-fragmen=\"/fragmen/{kind.Name()}\">")
            .Add($"<input type=\"hidden\" name=\"unit\" value=\"{query.Unit}\"><input type=\"hidden\" name=\"year\" value=\"{query.Year}\">");
        html.Add($"<fieldset class=\"berlaku\"><legend>Berlaku per</legend><div class=\"geser\">")
            .Add($"<input type=\"range\" id=\"geser-tanggal\" min=\"0\" max=\"{facts.SpanDays}\" step=\"1\" ")
            .Add($"value=\"{Period.DaysBetween(facts.FirstDate, facts.Clamp(asOf))}\" data-mulai=\"{Tanggal.Iso(facts.FirstDate)}\" aria-label=\"Geser tanggal berlaku\">")
            .Add($"<output id=\"label-tanggal\" for=\"geser-tanggal\">{Tanggal.Long(asOf)}</output></div>")
            .Add($"<input type=\"date\" id=\"tanggal\" name=\"asOf\" value=\"{Tanggal.Iso(asOf)}\" aria-label=\"Tanggal berlaku\">")
            .Add($"<div class=\"pilihan\">");
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var end = Projections.Triwulan.End(query.Year, quarter);
            html.Add($"<button type=\"button\" data-tanggal=\"{Tanggal.Iso(end)}\" title=\"{Tanggal.Long(end)}\">{Tanggal.Triwulan(quarter)}</button>");
        }
        html.Add($"<button type=\"button\" data-tanggal=\"{Tanggal.Iso(today)}\">Hari ini</button></div></fieldset>");
        html.Add($"<fieldset class=\"diketahui\"><legend>Sebagaimana diketahui pada (UTC)</legend>")
            .Add($"<input type=\"datetime-local\" id=\"diketahui\" name=\"asKnownAt\" step=\"1\" ")
            .Add($"value=\"{(query.AsKnownAt is { } known ? Tanggal.LocalInput(known) : "")}\" aria-label=\"Sebagaimana diketahui pada\">")
            .Add($"<div class=\"pilihan\"><button type=\"button\" data-diketahui=\"\">Sekarang</button>");
        foreach (var step in facts.Steps.TakeLast(12))
            html.Add($"<button type=\"button\" data-diketahui=\"{Tanggal.LocalInput(step.Recorded)}\" title=\"{step.Source}\">{Tanggal.Short(step.Recorded.InUtc().Date)} · {step.Stage.Name()}</button>");
        foreach (var report in facts.Reports.TakeLast(8))
            html.Add($"<button type=\"button\" data-diketahui=\"{Tanggal.LocalInput(report.Recorded)}\" title=\"{report.Source}\">{Tanggal.Short(report.Recorded.InUtc().Date)} · realisasi</button>");
        html.Add($"</div></fieldset>");
        html.Add(Choices(kind, query, facts));
        return html.Add($"<noscript><button type=\"submit\">Tampilkan</button></noscript></form>\n").ToMarkup();
    }

    private static Markup Choices(TableKind kind, TableQuery query, UnitYearFacts facts)
    {
        var html = new HtmlWriter();
        if (kind == TableKind.Perubahan)
        {
            var stages = facts.Steps.Select(s => s.Stage).Distinct().ToList();
            html.Add($"<fieldset class=\"tahap\"><legend>Tahap</legend><label>Sebelum <select name=\"sebelum\">")
                .Add(Options(stages, query.Sebelum, "murni (bawaan)"))
                .Add($"</select></label><label>Setelah <select name=\"setelah\">")
                .Add(Options(stages, query.Setelah, "terakhir berlaku"))
                .Add($"</select></label></fieldset>");
        }
        else if (kind == TableKind.Capaian)
        {
            html.Add($"<fieldset class=\"skala\"><legend>Skala predikat</legend><select name=\"predikat\">");
            foreach (var (scale, label) in new[] { (PredikatScale.Permendagri86, "Permendagri 86/2017"), (PredikatScale.Lkjip, "LKjIP") })
                html.Add($"<option value=\"{scale.Name}\"{Selected(query.Scale == scale)}>{label}</option>");
            html.Add($"</select></fieldset>");
        }
        return html.ToMarkup();
    }

    private static Markup Options(IReadOnlyList<Stage> stages, Stage? chosen, string defaultLabel)
    {
        var html = new HtmlWriter();
        html.Add($"<option value=\"\"{Selected(chosen is null)}>{defaultLabel}</option>");
        foreach (var stage in Stages.All.Where(s => stages.Contains(s) || s == chosen))
            html.Add($"<option value=\"{stage.Name()}\"{Selected(stage == chosen)}>{stage.Name()}</option>");
        return html.ToMarkup();
    }

    private static Markup Selected(bool selected) => selected ? new Markup(" selected") : Markup.Empty;
}
