using System.Diagnostics;
using System.Globalization;
using Ledger.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ledger.Web.Live;

/// <summary>
/// Streams <see cref="LiveFeed"/> checkpoints as server-sent events: <c>event: checkpoint</c> with
/// <c>data: {"position":N}</c>, a comment every <see cref="Heartbeat"/> so proxies keep the connection, until the
/// client leaves, the server stops, or its user is removed (checked again before each write, at most every
/// <see cref="UserRecheck"/>). 503 when the feed has no room for another follower.
/// </summary>
internal static class ServerSentEvents
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);

    public static readonly TimeSpan UserRecheck = TimeSpan.FromSeconds(1);

    public static async Task StreamAsync(HttpContext http)
    {
        var feed = http.RequestServices.GetRequiredService<LiveFeed>();
        if (!feed.TryJoin())
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var ct = linked.Token;
        var checkpoints = feed.FollowAsync(ct).GetAsyncEnumerator(ct);
        Task<bool>? next = null;
        try
        {
            http.Response.ContentType = "text/event-stream; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache, no-store";
            http.Response.Headers["X-Accel-Buffering"] = "no";
            await WriteAsync(http, "retry: 3000\n\n", ct);
            next = checkpoints.MoveNextAsync().AsTask();
            var checkedAt = Stopwatch.GetTimestamp();
            while (true)
            {
                bool? more;
                try
                {
                    more = await next.WaitAsync(Heartbeat, ct);
                }
                catch (TimeoutException)
                {
                    more = null;
                }
                if (more == false)
                    break;
                // A removed user's open stream ends with their sessions and tokens (contract §11).
                if (Stopwatch.GetElapsedTime(checkedAt) >= UserRecheck)
                {
                    if (!await SessionCheck.StillSignedInAsync(http, ct))
                        break;
                    checkedAt = Stopwatch.GetTimestamp();
                }
                if (more is null)
                {
                    // Still waiting for the next checkpoint: the same read is awaited again.
                    await WriteAsync(http, ": still here\n\n", ct);
                    continue;
                }
                var position = checkpoints.Current.ToString(CultureInfo.InvariantCulture);
                await WriteAsync(http, $"event: checkpoint\nid: {position}\ndata: {{\"position\":{position}}}\n\n", ct);
                next = checkpoints.MoveNextAsync().AsTask();
            }
        }
        catch (OperationCanceledException)
        {
            // The client left or the server is stopping: the stream simply ends.
        }
        finally
        {
            await Settle(next);
            await checkpoints.DisposeAsync();
            feed.Leave();
        }
    }

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken ct)
    {
        await http.Response.WriteAsync(text, ct);
        await http.Response.Body.FlushAsync(ct);
    }

    /// <summary>Lets a pending read end (it is cancelled with the stream) before the enumerator is disposed.</summary>
    private static async Task Settle(Task<bool>? pending)
    {
        if (pending is null)
            return;
        try
        {
            await pending;
        }
        catch (OperationCanceledException)
        {
            // Expected: the read was cancelled with the stream.
        }
    }
}
