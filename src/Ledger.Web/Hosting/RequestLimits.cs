using Ledger.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Ledger.Web.Hosting;

/// <summary>
/// Bounds every request's body before anyone is signed in or any form is read: an upload of a sheet may be
/// <see cref="ServiceSetup.MaxRequestBytes"/>, any other request (the sign-in form, sign-out) <see cref="MaxFormBytes"/>.
/// A body declared larger is refused at once with 413, one that turns out larger while read likewise, and a form
/// the form reader refuses (too many fields, a field too long) with 400; never a 500.
/// </summary>
internal sealed class RequestLimits(RequestDelegate next)
{
    /// <summary>Largest body of a request other than an import: a sign-in form is a few hundred bytes.</summary>
    public const long MaxFormBytes = 16 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        var limit = IsUpload(http.Request.Path) ? ServiceSetup.MaxRequestBytes : MaxFormBytes;
        if (http.Request.ContentLength > limit)
        {
            await RefuseAsync(http, StatusCodes.Status413PayloadTooLarge, TooLarge(http, limit));
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit;
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException e) when (!http.Response.HasStarted)
        {
            var tooLarge = e.StatusCode == StatusCodes.Status413PayloadTooLarge;
            await RefuseAsync(http, e.StatusCode, tooLarge ? TooLarge(http, limit) : Unreadable(http, e.Message));
        }
        catch (InvalidDataException e) when (!http.Response.HasStarted && http.Request.HasFormContentType)
        {
            // The form reader's own limits (fields, field lengths, multipart headers).
            await RefuseAsync(http, StatusCodes.Status400BadRequest, Unreadable(http, e.Message));
        }
    }

    private static bool IsUpload(PathString path) =>
        path.StartsWithSegments("/api/import") || path.StartsWithSegments("/impor");

    private static string TooLarge(HttpContext http, long limit)
    {
        var size = limit >= 1024 * 1024 ? $"{limit / (1024 * 1024)} MiB" : $"{limit / 1024} KiB";
        return IsApi(http)
            ? $"the request is larger than {size}; nothing was read"
            : $"Permintaan terlalu besar (lebih dari {size}); tidak ada yang dibaca.";
    }

    private static string Unreadable(HttpContext http, string why) =>
        IsApi(http) ? $"the request could not be read: {why}" : $"Permintaan tidak dapat dibaca: {why}";

    private static Task RefuseAsync(HttpContext http, int status, string message)
    {
        http.Response.Clear();
        http.Response.StatusCode = status;
        // The body was not read: don't keep a connection whose rest of a large body would follow.
        http.Response.Headers.Connection = "close";
        if (IsApi(http))
            return http.Response.WriteAsJsonAsync(new ApiError(message));
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(message);
    }

    private static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");
}
