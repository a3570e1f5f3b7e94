using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Ledger.ClusterLoad;

/// <summary>
/// Sends every unit-year of the <see cref="Plan"/> as its own task (murni, then perubahan), at most
/// <c>concurrency</c> at once, round-robin to the nodes' <c>POST /api/import/budget</c> (contract §8: the sheet as
/// the multipart field <c>file</c>, a bearer token). A request that fails for a reason other than the sheet or the
/// token (connection refused, node gone mid-request, a 5xx, 409, 429) is sent again to the next node: an import is
/// idempotent by content, so a repeat of one already stored appends nothing. Optionally SIGKILLs a process after
/// some imports are answered. Prints its figures as <c>key=value</c> lines.
/// </summary>
public static class LoadClient
{
    private const int MaxAttempts = 60;

    public static async Task<int> RunAsync(IReadOnlyList<int> httpPorts, string token, int units, int concurrency, string samples, int? killPid, int killAfter)
    {
        var plan = Plan.Build(units, samples);
        var sheets = plan.SelectMany(items => items).Select(i => i.Sheet).Distinct().ToDictionary(p => p, File.ReadAllBytes);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var gate = new SemaphoreSlim(concurrency);
        long appended = 0, answered = 0, retries = 0, failed = 0;
        var killed = killPid is null;
        var killLock = new object();
        long appendedAtKill = -1;
        double secondsAtKill = 0;
        var clock = Stopwatch.StartNew();
        var tasks = plan.Select((items, index) => Task.Run(async () =>
        {
            await gate.WaitAsync();
            try
            {
                foreach (var item in items)
                {
                    var done = false;
                    for (var attempt = 0; attempt < MaxAttempts && !done; attempt++)
                    {
                        var port = httpPorts[(index + attempt) % httpPorts.Count];
                        try
                        {
                            using var request = Request(port, item, sheets[item.Sheet]);
                            using var response = await http.SendAsync(request);
                            var body = await response.Content.ReadAsStringAsync();
                            if (response.IsSuccessStatusCode)
                            {
                                using var doc = JsonDocument.Parse(body);
                                Interlocked.Add(ref appended, doc.RootElement.GetProperty("appended").GetInt32());
                                done = true;
                            }
                            else if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                            {
                                Console.Error.WriteLine($"client: {item.Unit} {item.Stage} refused ({(int)response.StatusCode}): {body}");
                                Interlocked.Increment(ref failed);
                                break;
                            }
                            else
                            {
                                Console.Error.WriteLine($"client: {item.Unit} {item.Stage} on :{port}: {(int)response.StatusCode} {body}; retrying elsewhere");
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                        {
                            Console.Error.WriteLine($"client: {item.Unit} {item.Stage} on :{port}: {e.GetType().Name}; retrying elsewhere");
                        }
                        if (!done)
                        {
                            Interlocked.Increment(ref retries);
                            await Task.Delay(250);
                        }
                    }
                    if (!done)
                    {
                        Interlocked.Increment(ref failed);
                        break;
                    }
                    var n = Interlocked.Increment(ref answered);
                    if (!killed && n >= killAfter)
                    {
                        lock (killLock)
                        {
                            if (!killed)
                            {
                                killed = true;
                                appendedAtKill = Interlocked.Read(ref appended);
                                secondsAtKill = clock.Elapsed.TotalSeconds;
                                Console.Error.WriteLine($"client: {n} imports answered; SIGKILL {killPid} at {clock.Elapsed.TotalSeconds:0.0} s");
                                Process.GetProcessById(killPid!.Value).Kill();
                            }
                        }
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        })).ToList();
        await Task.WhenAll(tasks);
        var seconds = clock.Elapsed.TotalSeconds;
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine($"imports_answered={answered}");
        Console.WriteLine($"imports_failed={failed}");
        Console.WriteLine($"retries={retries}");
        Console.WriteLine($"events_appended={appended}");
        Console.WriteLine(string.Format(ci, "seconds={0:0.00}", seconds));
        Console.WriteLine(string.Format(ci, "events_per_second={0:0}", appended / seconds));
        Console.WriteLine(string.Format(ci, "imports_per_second={0:0.0}", answered / seconds));
        if (appendedAtKill >= 0)
        {
            Console.WriteLine(string.Format(ci, "before_kill=\"{0} events in {1:0.00} s, {2:0} events/s\"", appendedAtKill, secondsAtKill, appendedAtKill / secondsAtKill));
            Console.WriteLine(string.Format(ci, "after_kill=\"{0} events in {1:0.00} s, {2:0} events/s\"", appended - appendedAtKill, seconds - secondsAtKill, (appended - appendedAtKill) / (seconds - secondsAtKill)));
        }
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The import as contract §8 takes it: the form's values in the query, the sheet as the part <c>file</c>.</summary>
    private static HttpRequestMessage Request(int port, ImportItem item, byte[] sheet)
    {
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"http://127.0.0.1:{port}/api/import/budget?unit={Uri.EscapeDataString(item.Unit)}&year={item.Year}&stage={item.Stage}&effective={item.Effective}");
        var file = new ByteArrayContent(sheet);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { file, "file", Path.GetFileName(item.Sheet) } };
        return new HttpRequestMessage(HttpMethod.Post, uri) { Content = form };
    }
}
