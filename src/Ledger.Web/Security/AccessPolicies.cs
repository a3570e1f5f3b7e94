using Ledger.Web.Users;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Ledger.Web.Security;

/// <summary>
/// Who may call what. The API authenticates by bearer token only and the pages by their session cookie only,
/// so a browser's cookie never opens the API and a token is never kept by a browser.
/// </summary>
internal static class AccessPolicies
{
    /// <summary>API reads: any user with a token.</summary>
    public const string ApiRead = "api-read";

    /// <summary>API writes: planners and admins; which units a planner may write is checked per request.</summary>
    public const string ApiWrite = "api-write";

    /// <summary>Pages: any signed-in user.</summary>
    public const string Pages = "pages";

    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(ApiRead, policy => policy.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireAuthenticatedUser());
        options.AddPolicy(ApiWrite, policy => policy.AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireRole(UserRole.Planner.Name(), UserRole.Admin.Name()));
        options.AddPolicy(Pages, policy => policy.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser());
    }
}
