namespace Ledger.Web.Users;

/// <summary>
/// Someone allowed in: the name recorded as the actor of every write they make, their role, and for a
/// planner the one unit they write for (as users write it, "Kecamatan Mangkutana"). Immutable.
/// </summary>
public sealed record LedgerUser(string Name, UserRole Role, string? Unit)
{
    /// <summary>Every role reads every unit.</summary>
    public bool CanRead => true;

    /// <summary>Whether this user may import for <paramref name="unit"/>: an admin always, a planner for their own unit.</summary>
    public bool CanWrite(string unit) => Role switch
    {
        UserRole.Admin => true,
        UserRole.Planner => Unit is { } own && string.Equals(own, unit.Trim(), StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Whether this user may write at all (then <see cref="CanWrite"/> tells for which units).</summary>
    public bool Writes => Role is UserRole.Admin or UserRole.Planner;
}
