using Ledger.Web.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Web.Security;

/// <summary>
/// Looks a session's user up again on every request, by the token the session was opened with (contract §11): a
/// removed user, or one whose token is gone, is signed out at once (pages go back to the sign-in form); a changed role
/// or unit holds from this request on. The cookie alone never outlives the user table.
/// </summary>
internal static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tokenHash = context.Principal is { } principal ? LedgerPrincipal.TokenHashOf(principal) : null;
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserDirectory>();
        var user = tokenHash is null ? null : await users.FindByTokenHashAsync(tokenHash, context.HttpContext.RequestAborted);
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AccessPolicies.CookieScheme);
            return;
        }
        if (user != LedgerPrincipal.UserOf(context.Principal!))
        {
            context.ReplacePrincipal(LedgerPrincipal.From(user, AccessPolicies.CookieScheme, tokenHash));
            context.ShouldRenew = true;
        }
    }

    /// <summary>
    /// Whether the signed-in user of a request still exists: asked again by responses that stay open (server-sent
    /// events), which the per-request check sees only once.
    /// </summary>
    public static async Task<bool> StillSignedInAsync(HttpContext http, CancellationToken ct)
    {
        var tokenHash = LedgerPrincipal.TokenHashOf(http.User);
        var users = http.RequestServices.GetRequiredService<IUserDirectory>();
        return tokenHash is not null && await users.FindByTokenHashAsync(tokenHash, ct) is not null;
    }
}
