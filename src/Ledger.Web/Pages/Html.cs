using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Web.Pages;

/// <summary>Small HTML helpers shared by the pages.</summary>
internal static class Html
{
    public const string AntiforgeryFieldName = "__af";

    /// <summary>Markup from an interpolated string, its holes escaped.</summary>
    public static Markup Of(ref HtmlHandler html) => html.ToMarkup();

    /// <summary>The hidden anti-forgery field every form POST carries.</summary>
    public static Markup AntiforgeryField(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }

    /// <summary>A query string from name/value pairs, empty values left out: <c>?unit=…&amp;year=…</c> (escape it as text).</summary>
    public static string Query(params (string Name, string? Value)[] pairs)
    {
        var present = pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}");
        var joined = string.Join("&", present);
        return joined.Length == 0 ? "" : "?" + joined;
    }

    public static IResult Page(Markup html, int status = StatusCodes.Status200OK) =>
        Results.Content(html.Value, "text/html; charset=utf-8", statusCode: status);
}
