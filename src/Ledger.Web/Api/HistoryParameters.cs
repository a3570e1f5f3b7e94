using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Ledger.Web.Api;

/// <summary>The query of a history request.</summary>
internal sealed record HistoryParameters(
    [property: FromQuery(Name = "unit"), Description("Required. The unit as users write it.")] string? Unit,
    [property: FromQuery(Name = "year"), Description("Required. Fiscal year, YYYY.")] string? Year,
    [property: FromQuery(Name = "kode"), Description("A line's kode; without it, every event of the unit-year.")] string? Kode,
    [property: FromQuery(Name = "format"), Description("json (default: {rows}), csv, xlsx, html or md.")] string? Format);
