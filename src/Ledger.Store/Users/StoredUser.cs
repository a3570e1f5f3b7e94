namespace Ledger.Store;

/// <summary>
/// One row of the users table, without its token hash. Immutable.
/// </summary>
/// <param name="Name">The user's name, unique, as the actor of their writes.</param>
/// <param name="Role">The role as stored (<c>viewer</c>, <c>auditor</c>, <c>planner</c>, <c>admin</c>); the web reads it.</param>
/// <param name="Unit">The one unit a planner writes for; null for every other role.</param>
/// <param name="Created">When the user was added, UTC to the microsecond or finer (what each store keeps).</param>
public sealed record StoredUser(string Name, string Role, string? Unit, DateTimeOffset Created);
