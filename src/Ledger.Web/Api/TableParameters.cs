using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Ledger.Web.Api;

/// <summary>The query of a table request, as documented in the OpenAPI document; parsed by <see cref="Queries.TableQuery"/>.</summary>
internal sealed record TableParameters(
    [property: FromQuery(Name = "unit"), Description("Required. The unit as users write it, e.g. Kecamatan Mangkutana.")] string? Unit,
    [property: FromQuery(Name = "year"), Description("Required. Fiscal year, YYYY.")] string? Year,
    [property: FromQuery(Name = "sebelum"), Description("perubahan only: stage before the change (murni, pergeseran, refocusing, perubahan); default murni.")] string? Sebelum,
    [property: FromQuery(Name = "setelah"), Description("perubahan only: stage after the change; default the latest stage in force.")] string? Setelah,
    [property: FromQuery(Name = "asOf"), Description("State legally in force on this date, YYYY-MM-DD (events effective on or before it).")] string? AsOf,
    [property: FromQuery(Name = "triwulan"), Description("capaian and evaluasi: the end of quarter 1..4 instead of asOf.")] string? Triwulan,
    [property: FromQuery(Name = "asKnownAt"), Description("State as the ledger knew it at this ISO-8601 UTC instant, e.g. 2020-08-05T10:00:00Z.")] string? AsKnownAt,
    [property: FromQuery(Name = "predikat"), Description("capaian only: rating scale permendagri86 (default) or lkjip.")] string? Predikat,
    [property: FromQuery(Name = "format"), Description("json (default: {rows}), csv, xlsx, html or md: the file instead of JSON.")] string? Format)
{
    public static TableParameters FromQuery(Microsoft.AspNetCore.Http.IQueryCollection query) =>
        new(query["unit"], query["year"], query["sebelum"], query["setelah"], query["asOf"], query["triwulan"],
            query["asKnownAt"], query["predikat"], query["format"]);
}
