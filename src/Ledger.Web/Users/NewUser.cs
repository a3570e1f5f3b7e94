using Ledger.Application;

namespace Ledger.Web.Users;

/// <summary>Checks a user about to be added: a printable name, and a unit exactly when the role is planner.</summary>
public static class NewUser
{
    public const int MaxNameLength = 100;

    /// <returns>The user with name and unit trimmed.</returns>
    /// <exception cref="InputException">What is wrong, in one line.</exception>
    public static LedgerUser Validate(string name, UserRole role, string? unit)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength || trimmed.Any(char.IsControl))
            throw new InputException($"user name '{name}' must be 1 to {MaxNameLength} printable characters");
        var ownUnit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        if (role == UserRole.Planner && ownUnit is null)
            throw new InputException("a planner writes for one unit: give --unit UNIT");
        if (role != UserRole.Planner && ownUnit is not null)
            throw new InputException($"--unit is for planners; a {role.Name()} {(role == UserRole.Admin ? "writes" : "reads")} every unit");
        if (ownUnit is not null && (ownUnit.Contains('/') || ownUnit.Any(char.IsControl)))
            throw new InputException($"unit '{unit}' may not contain '/' or control characters");
        return new LedgerUser(trimmed, role, ownUnit);
    }
}
