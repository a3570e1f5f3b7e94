using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Ledger.Web.Api;

/// <summary>The query of <c>POST /api/import/budget</c> (contract §8); the sheet is the multipart field <c>file</c>.</summary>
internal sealed record BudgetImportParameters(
    [property: FromQuery(Name = "unit"), Description("Required. The unit as users write it.")] string? Unit,
    [property: FromQuery(Name = "year"), Description("Required. Fiscal year, YYYY.")] string? Year,
    [property: FromQuery(Name = "stage"), Description("Required. murni, pergeseran, refocusing or perubahan.")] string? Stage,
    [property: FromQuery(Name = "effective"), Description("Required. Date the stage is legally in force, YYYY-MM-DD.")] string? Effective,
    [property: FromQuery(Name = "basis"), Description("Legal basis, e.g. Perbup No. 38 Tahun 2019.")] string? Basis,
    [property: FromQuery(Name = "reason"), Description("Why the budget changed.")] string? Reason);

/// <summary>The query of <c>POST /api/import/realisasi</c>; the sheet is the multipart field <c>file</c>.</summary>
internal sealed record RealisasiImportParameters(
    [property: FromQuery(Name = "unit"), Description("Required. The unit as users write it.")] string? Unit,
    [property: FromQuery(Name = "year"), Description("Required. Fiscal year, YYYY.")] string? Year,
    [property: FromQuery(Name = "triwulan"), Description("The quarter 1..4 the sheet reports, cumulative to its end (or periodEnd).")] string? Triwulan,
    [property: FromQuery(Name = "periodEnd"), Description("The date the cumulative figures run to, YYYY-MM-DD (or triwulan).")] string? PeriodEnd,
    [property: FromQuery(Name = "reason"), Description("Why, for a correction.")] string? Reason);
