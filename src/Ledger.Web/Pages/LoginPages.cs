using Ledger.Web.Security;
using Ledger.Web.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Pages;

/// <summary>
/// Signing in with an API token on a form (the session is then a cookie: HttpOnly, SameSite=Strict, 8 hours, and
/// checked against the users on every request by <see cref="SessionCheck"/>) and signing out. Both forms carry an anti-forgery token. A wrong token says so without telling why.
/// </summary>
internal sealed class LoginPages(IUserDirectory users)
{
    public IResult Form(HttpContext http, string? message = null, int status = StatusCodes.Status200OK)
    {
        var returnUrl = LocalOnly(http.Request.Query["ReturnUrl"]);
        var body = new HtmlWriter()
            .Add($"<h1>Masuk</h1>\n<p class=\"intro\">Masukkan token API Anda. Token dibuat oleh admin dengan ")
            .Add($"<code>ledger user add NAMA --role viewer|auditor|planner|admin</code> dan hanya ditampilkan sekali.</p>\n");
        if (message is not null)
            body.Add($"<p class=\"galat\" role=\"alert\">{message}</p>\n");
        body.Add($"<form class=\"masuk\" method=\"post\" action=\"/masuk\">{Html.AntiforgeryField(http)}")
            .Add($"<input type=\"hidden\" name=\"returnUrl\" value=\"{returnUrl}\">")
            .Add($"<label for=\"token\">Token</label><input type=\"password\" id=\"token\" name=\"token\" autocomplete=\"off\" required autofocus>")
            .Add($"<button type=\"submit\">Masuk</button></form>\n");
        return Html.Page(Layout.Render(http, "Masuk", body.ToMarkup(), user: null), status);
    }

    public async Task<IResult> SignInAsync(HttpContext http, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        string? token = form["token"];
        var hash = ApiTokens.IsPlausible(token) ? ApiTokens.Hash(token!) : null;
        var user = hash is null ? null : await users.FindByTokenHashAsync(hash, ct);
        if (user is null)
            return Form(http, "Token tidak dikenal. Periksa lagi token Anda.", StatusCodes.Status401Unauthorized);
        await http.SignInAsync(AccessPolicies.CookieScheme, LedgerPrincipal.From(user, AccessPolicies.CookieScheme, hash));
        return Results.Redirect(LocalOnly(form["returnUrl"]));
    }

    public static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(AccessPolicies.CookieScheme);
        return Results.Redirect("/masuk");
    }

    /// <summary>A return address on this site only ("/…", never "//host" or "/\host"), else the home page.</summary>
    private static string LocalOnly(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
