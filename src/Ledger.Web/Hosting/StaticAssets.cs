using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Ledger.Web.Hosting;

/// <summary>
/// The stylesheet, scripts and the vendored Chart.js, served from resources embedded in this assembly under
/// <c>/static/…</c> with an ETag and an hour of caching. Only names under <c>wwwroot/</c> exist; no file system access.
/// </summary>
internal static class StaticAssets
{
    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);

    private static readonly ConcurrentDictionary<string, Asset?> Cache = new(StringComparer.Ordinal);

    public static IResult Serve(string path, HttpContext http)
    {
        var asset = Cache.GetOrAdd(path, Load);
        if (asset is null)
            return Results.NotFound();
        http.Response.Headers.CacheControl = "public, max-age=3600";
        http.Response.Headers.ETag = asset.ETag;
        if (http.Request.Headers.IfNoneMatch == asset.ETag)
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private static Asset? Load(string path)
    {
        if (path.Contains("..", StringComparison.Ordinal) || path.Length > 200)
            return null;
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("wwwroot/" + path);
        if (stream is null)
            return null;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"").ToString();
        return new Asset(bytes, ContentType(path), etag);
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".md" or ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
