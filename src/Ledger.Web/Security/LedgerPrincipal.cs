using System.Security.Claims;
using Ledger.Web.Users;

namespace Ledger.Web.Security;

/// <summary>A <see cref="LedgerUser"/> as claims (name, role, own unit) and back.</summary>
internal static class LedgerPrincipal
{
    public const string UnitClaim = "ledger:unit";

    public static ClaimsPrincipal From(LedgerUser user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role.Name()),
        };
        if (user.Unit is { } unit)
            claims.Add(new Claim(UnitClaim, unit));
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

    /// <summary>The signed-in user; endpoints behind an authorization policy always have one.</summary>
    public static LedgerUser Required(ClaimsPrincipal principal) =>
        UserOf(principal) ?? throw new InvalidOperationException("an authorised endpoint ran without a signed-in user");
}
