namespace Ledger.Web.Queries;

/// <summary>A signed-in user asked for something their role does not allow (a planner writing another unit): 403.</summary>
internal sealed class ForbiddenException(string message) : Exception(message);
