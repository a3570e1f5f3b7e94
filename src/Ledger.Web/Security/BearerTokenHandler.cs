using System.Text.Encodings.Web;
using Ledger.Web.Api;
using Ledger.Web.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ledger.Web.Security;

/// <summary>
/// <c>Authorization: Bearer TOKEN</c> for the API (contract §8): the token's SHA-256 is looked up in the
/// <see cref="IUserDirectory"/>. No token: 401; a token whose role does not allow the request: 403; both with
/// a JSON <c>{error}</c>. The token itself is never logged.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IUserDirectory users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
            return AuthenticateResult.NoResult();
        if (!header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("the Authorization header is not a bearer token");
        var token = header[(SchemeName.Length + 1)..].Trim();
        if (!ApiTokens.IsPlausible(token))
            return AuthenticateResult.Fail("the bearer token is not a ledger token");
        var hash = ApiTokens.Hash(token);
        var user = await users.FindByTokenHashAsync(hash, Context.RequestAborted);
        if (user is null)
            return AuthenticateResult.Fail("the bearer token belongs to no user");
        return AuthenticateResult.Success(new AuthenticationTicket(LedgerPrincipal.From(user, SchemeName, hash), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"ledger\"";
        await Response.WriteAsJsonAsync(new ApiError("this request needs Authorization: Bearer TOKEN (from ledger user add)"));
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var role = LedgerPrincipal.UserOf(Context.User)?.Role.Name() ?? "this";
        await Response.WriteAsJsonAsync(new ApiError($"the {role} role may not do this"));
    }
}
