using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Web.Queries;
using Ledger.Web.Users;
using Microsoft.AspNetCore.Http;
using NodaTime.Text;

namespace Ledger.Web.Pages;

/// <summary>
/// A table query as the pages use it: like the API's, except that with neither <c>asOf</c> nor <c>triwulan</c> the
/// state is as of today (the slider's default). Writes the query back into links, fragments and downloads.
/// </summary>
internal static class PageQuery
{
    /// <exception cref="Application.InputException">A value in the query is not what its name asks for.</exception>
    public static TableQuery From(IQueryCollection query, PageClock clock)
    {
        var parsed = TableQuery.From(query);
        return parsed.AsOf is null && parsed.Triwulan is null ? parsed with { AsOf = clock.Today } : parsed;
    }

    /// <summary>The query of a page request, or (false) the error page that says why it cannot be read, 400.</summary>
    public static bool TryRead(HttpContext http, LedgerUser user, PageClock clock,
        [NotNullWhen(true)] out TableQuery? query, [NotNullWhen(false)] out IResult? refused)
    {
        try
        {
            query = From(http.Request.Query, clock);
            refused = null;
            return true;
        }
        catch (Application.InputException e)
        {
            query = null;
            refused = ErrorPage.Render(http, user, "Permintaan tidak dapat dibaca", e.Message, StatusCodes.Status400BadRequest);
            return false;
        }
    }

    /// <summary><c>?unit=…&amp;year=…</c>.</summary>
    public static string UnitYear(string unit, int year) => Html.Query(("unit", unit), ("year", Year(year)));

    /// <summary>The whole query, for the fragment, downloads and the address bar.</summary>
    public static string Of(TableKind kind, TableQuery query, string? format = null) => Html.Query(
        ("unit", query.Unit),
        ("year", Year(query.Year)),
        ("sebelum", kind == TableKind.Perubahan ? query.Sebelum?.Name() : null),
        ("setelah", kind == TableKind.Perubahan ? query.Setelah?.Name() : null),
        ("asOf", query.AsOf is { } asOf ? Tanggal.Iso(asOf) : null),
        ("triwulan", query.Triwulan?.ToString(CultureInfo.InvariantCulture)),
        ("asKnownAt", query.AsKnownAt is { } knownAt ? InstantPattern.ExtendedIso.Format(knownAt) : null),
        ("predikat", kind == TableKind.Capaian && query.Scale != PredikatScale.Permendagri86 ? query.Scale.Name : null),
        ("format", format));

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
