using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ledger.Web.Hosting;

/// <summary>
/// One log line per request: method, path, status, time and user name. Never the query string, headers, form
/// fields or bodies, so tokens (in the Authorization header or the login form) never reach the log.
/// </summary>
internal sealed class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var user = http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : "-";
            logger.LogInformation("{Method} {Path} {Status} {ElapsedMs:0} ms {User}",
                http.Request.Method, http.Request.Path.Value, http.Response.StatusCode, elapsed, user);
        }
    }
}
