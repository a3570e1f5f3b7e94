using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Security;

/// <summary>
/// The session cookie's redirects to the sign-in form as site-relative addresses (<c>/masuk?ReturnUrl=…</c>). The
/// cookie handler builds them from the request's Host header, which the client chooses: a forged Host would otherwise
/// come back in the Location header and send the browser to another site.
/// </summary>
internal static class RelativeRedirects
{
    public static Task ToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        Redirect(context, StatusCodes.Status401Unauthorized);

    public static Task ToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Redirect(context, StatusCodes.Status403Forbidden);

    /// <summary>The path and query of an absolute address, or the address itself when it is already relative.</summary>
    public static string Relative(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.PathAndQuery : uri;

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, int scriptStatus)
    {
        var target = Relative(context.RedirectUri);
        // As the cookie handler does by default: a script's request gets the status and the address, not a redirect it would follow.
        if (string.Equals(context.Request.Headers.XRequestedWith, "XMLHttpRequest", StringComparison.Ordinal))
        {
            context.Response.Headers.Location = target;
            context.Response.StatusCode = scriptStatus;
        }
        else
        {
            context.Response.Redirect(target);
        }
        return Task.CompletedTask;
    }
}
