using System.Security.Claims;
using Ledger.Web.Users;

namespace Ledger.Web.Security;

/// <summary>
/// A <see cref="LedgerUser"/> as claims (name, role, own unit) and back. A session's principal also carries the
/// SHA-256 of the token it was opened with, so that every request can look its user up again (<see cref="SessionCheck"/>).
/// </summary>
internal static class LedgerPrincipal
{
    public const string UnitClaim = "ledger:unit";

    /// <summary>The SHA-256 of the session's token, base64; the cookie is encrypted and signed, and the hash opens nothing by itself.</summary>
    public const string TokenHashClaim = "ledger:token-sha256";

    public static ClaimsPrincipal From(LedgerUser user, string scheme, byte[]? tokenHash = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role.Name()),
        };
        if (user.Unit is { } unit)
            claims.Add(new Claim(UnitClaim, unit));
        if (tokenHash is not null)
            claims.Add(new Claim(TokenHashClaim, Convert.ToBase64String(tokenHash)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The signed-in user, or null for an anonymous request.</summary>
    public static LedgerUser? UserOf(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, Name: { } name })
            return null;
        if (!UserRoles.TryParse(principal.FindFirstValue(ClaimTypes.Role), out var role))
            return null;
        return new LedgerUser(name, role, principal.FindFirstValue(UnitClaim));
    }

    /// <summary>The SHA-256 of the token a session was opened with, or null (a session from before sessions carried it).</summary>
    public static byte[]? TokenHashOf(ClaimsPrincipal principal)
    {
        var text = principal.FindFirstValue(TokenHashClaim);
        var hash = new byte[32];
        return text is not null && Convert.TryFromBase64String(text, hash, out var written) && written == hash.Length ? hash : null;
    }

    /// <summary>The signed-in user; endpoints behind an authorization policy always have one.</summary>
    public static LedgerUser Required(ClaimsPrincipal principal) =>
        UserOf(principal) ?? throw new InvalidOperationException("an authorised endpoint ran without a signed-in user");
}
