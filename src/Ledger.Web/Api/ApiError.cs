namespace Ledger.Web.Api;

/// <summary>The body of every API error: <c>{"error": "…"}</c> (contract §8), one line, naming row and column for sheets.</summary>
public sealed record ApiError(string Error);
