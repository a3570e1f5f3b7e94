namespace Ledger.Web.Users;

/// <summary>A user as <c>ledger user list</c> shows them: never their token, not even its hash.</summary>
/// <param name="Created">When the user was added, UTC.</param>
public sealed record ListedUser(string Name, UserRole Role, string? Unit, DateTimeOffset Created);
