namespace Ledger.Web.Api;

/// <summary>A unit and the fiscal years the ledger holds for it (<c>GET /api/units</c>).</summary>
public sealed record UnitYears(string Unit, IReadOnlyList<int> Years);

/// <summary>Who the bearer of a token is (<c>GET /api/me</c>).</summary>
public sealed record WhoAmI(string Name, string Role, string? Unit);
