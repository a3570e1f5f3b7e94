using Ledger.Application;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Projections;
using Ledger.Sheets.Writing;
using Ledger.Web.Api;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Ledger.Web.Queries;

/// <summary>
/// What a table request asks for: whose table, which stages, which time slice, which predikat scale, which file
/// format. Read from the query string as the API and the pages name them: <c>unit, year, sebelum, setelah, asOf,
/// triwulan, asKnownAt, predikat, format</c>.
/// </summary>
internal sealed record TableQuery(
    string Unit, int Year, Stage? Sebelum, Stage? Setelah, LocalDate? AsOf, Instant? AsKnownAt, int? Triwulan, PredikatScale Scale, TableFormat? Format)
{
    public TimeSlice Slice => new(Triwulan is { } quarter ? Projections.Triwulan.End(Year, quarter) : AsOf, AsKnownAt);

    /// <exception cref="InputException">A value is missing or not what its name asks for.</exception>
    public static TableQuery From(TableParameters query)
    {
        var year = QueryValues.Year(query.Year);
        // One rule with the CLI's --triwulan / --as-of: at most one of them, each parsed by the shared parser.
        var end = QueryValues.PeriodEnd(year, query.Triwulan, query.AsOf, "asOf");
        var triwulan = QueryValues.Triwulan(query.Triwulan);
        var asOf = triwulan is null ? end : null;
        return new TableQuery(
            QueryValues.Unit(query.Unit),
            year,
            QueryValues.Stage(query.Sebelum, "sebelum"),
            QueryValues.Stage(query.Setelah, "setelah"),
            asOf,
            QueryValues.Instant(query.AsKnownAt, "asKnownAt"),
            triwulan,
            QueryValues.Predikat(query.Predikat),
            ParseFormat(query.Format));
    }

    /// <exception cref="InputException">A value is missing or not what its name asks for.</exception>
    public static TableQuery From(IQueryCollection query) => From(TableParameters.FromQuery(query));

    public static TableFormat? ParseFormat(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return TableFormats.TryParse(text, out var format)
            ? format
            : throw new InputException($"format '{text}' is not one of json, csv, xlsx, html, md");
    }
}
