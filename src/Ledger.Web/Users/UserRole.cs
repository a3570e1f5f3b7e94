namespace Ledger.Web.Users;

/// <summary>
/// What a user may do. Viewers and auditors read every unit; a planner also writes (imports) for their own
/// unit; an admin reads and writes everything.
/// </summary>
public enum UserRole
{
    Viewer = 0,
    Auditor = 1,
    Planner = 2,
    Admin = 3,
}

/// <summary>Names of the <see cref="UserRole"/>s as written after <c>--role</c> and stored.</summary>
public static class UserRoles
{
    public static readonly IReadOnlyList<UserRole> All = [UserRole.Viewer, UserRole.Auditor, UserRole.Planner, UserRole.Admin];

    public static string Name(this UserRole role) => role switch
    {
        UserRole.Viewer => "viewer",
        UserRole.Auditor => "auditor",
        UserRole.Planner => "planner",
        UserRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The role in Indonesian, for pages.</summary>
    public static string Label(this UserRole role) => role switch
    {
        UserRole.Viewer => "pembaca",
        UserRole.Auditor => "auditor",
        UserRole.Planner => "perencana",
        UserRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? text, out UserRole role)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }
        role = default;
        return false;
    }
}
